package vn.pcmt.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./pcmt [options] [-c 'COMMAND LINE' | FILE.gosh]}: starts the platform with the chosen features, then runs
 * the command or script and exits (0, or 1 with the error on stderr), or opens the operator console.
 */
public final class Main {
    static final String USAGE = """
            Usage: ./pcmt [options] [-c 'COMMAND LINE' | FILE.gosh]

            Starts pcmt (Equinox + Gogo) with the chosen features. Without -c or a script, opens the console.

            Options:
              -c, --command LINE   run LINE in batch mode and exit (non-zero with the error on stderr on failure)
              --feature NAME       feature to start (repeatable; default: all). See features/*.json
              --data DIR           state: framework cache, database, logs, loaded plan list (default: data/)
              --deploy DIR         folder watched for plan bundles and *.plan.json files (default: deploy/)
              --config DIR         configuration folder (default: config/)
              --clean              start from an empty framework cache (plans and data are kept)
              --safe               start no bundle jar of the deploy folder (plan files are still loaded)
              --standalone         with -c or a script: start a platform of its own even when a console runs
                                   on the data folder (by default that console serves the command)
              -D NAME=VALUE        set a framework property
              -h, --help           show this help
            """;

    private Main() {}

    public static void main(String[] args) {
        // UTF-8 on the console whatever the locale (platform.md trap 6): Vietnamese must never print as '?'
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        int code;
        try {
            code = run(args, out, err);
        } catch (LaunchException e) {
            err.println("pcmt: " + e.getMessage());
            code = 2;
        } catch (Exception e) {
            err.println("pcmt: " + e);
            code = 2;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Path home = Path.of(System.getProperty("pcmt.home", ".")).toAbsolutePath().normalize();
        String command = null;
        Path script = null;
        List<String> features = new ArrayList<>();
        Path data = null;
        Path deploy = null;
        Path config = null;
        boolean clean = false;
        boolean standalone = false;
        Map<String, String> extra = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> {
                    out.print(USAGE);
                    return 0;
                }
                case "-c", "--command" -> command = value(args, ++i, a);
                case "--feature" -> features.add(value(args, ++i, a));
                case "--data" -> data = Path.of(value(args, ++i, a));
                case "--deploy" -> deploy = Path.of(value(args, ++i, a));
                case "--config" -> config = Path.of(value(args, ++i, a));
                case "--clean" -> clean = true;
                case "--safe" -> extra.put("pcmt.safe", "true");
                case "--standalone" -> standalone = true;
                case "-D" -> {
                    String kv = value(args, ++i, a);
                    int eq = kv.indexOf('=');
                    if (eq < 1) {
                        throw new LaunchException("-D takes NAME=VALUE, not \"" + kv + "\"");
                    }
                    extra.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
                default -> {
                    if (a.startsWith("-")) {
                        throw new LaunchException("unknown option " + a + "\n\n" + USAGE);
                    }
                    if (script != null || command != null) {
                        throw new LaunchException("unexpected argument \"" + a + "\"\n\n" + USAGE);
                    }
                    script = Path.of(a);
                    if (!Files.isRegularFile(script)) {
                        throw new LaunchException("no such script file: " + a);
                    }
                }
            }
        }
        if (features.isEmpty()) {
            features.add("all");
        }
        data = (data == null ? home.resolve("data") : data).toAbsolutePath().normalize();
        boolean batch = command != null || script != null;
        // a console running on this data folder serves the command (one plan set, one store); options that change
        // how a platform starts (--feature, -D, --clean, --deploy, --config) mean a platform of its own
        if (batch && !standalone && !clean && features.equals(List.of("all")) && extra.isEmpty() && deploy == null
                && config == null) {
            Integer served = ServedClient.run(data, command != null ? command
                    : Files.readString(script, StandardCharsets.UTF_8), out, err);
            if (served != null) {
                return served;
            }
        }
        deploy = (deploy == null ? home.resolve("deploy") : deploy).toAbsolutePath().normalize();
        config = (config == null ? home.resolve("config") : config).toAbsolutePath().normalize();
        if (clean) {
            deleteTree(data.resolve("cache"));
        }
        System.setProperty("pcmt.data", data.toString());
        Platform.Settings settings = Platform.Settings.defaults(home, data, features).withDeploy(deploy)
                .withConfig(config).withInteractive(!batch).withExtra(extra);
        Platform platform = Platform.start(settings);
        for (String p : platform.problems()) {
            // a bundle the operator stopped stays stopped across restarts; say so, since its plans or area are absent
            err.println("pcmt: " + (p.contains("stopped") ? "note" : "warning") + ": bundle " + p);
        }
        if (!batch) {
            platform.awaitStop();
            return 0;
        }
        int code;
        try {
            CharSequence program = command != null ? command : Files.readString(script, StandardCharsets.UTF_8);
            // the process's own standard input: Gogo has replaced System.in by a stream that reads the current
            // session's input, which would be itself here (a command reading its input overflowed the stack)
            code = platform.execute(program, new java.io.FileInputStream(FileDescriptor.in), out, err);
            Trace.mark("command done");
        } finally {
            platform.close();
            Trace.mark("framework stopped");
        }
        return code;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new LaunchException(option + " needs a value\n\n" + USAGE);
        }
        return args[i];
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
