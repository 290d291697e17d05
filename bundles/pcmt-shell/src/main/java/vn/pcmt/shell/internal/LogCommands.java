package vn.pcmt.shell.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import vn.pcmt.api.OperatorError;

/** {@code log:display} and {@code log:tail}: the platform log file (in the data folder, as config/logging.properties says). */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = LogCommands.class, property = {"osgi.command.scope=log", "osgi.command.function=display",
    "osgi.command.function=tail"})
public final class LogCommands {
    static final Cli DISPLAY = new Cli("log:display", "show the last lines of the platform log")
            .opt("lines", "N", "how many lines (default 50)").opt("level", "LEVEL", "only lines at this level or worse",
                    "ERROR", "WARN", "INFO", "DEBUG");
    static final Cli TAIL = new Cli("log:tail", "show the last lines of the log and follow it until interrupted (Ctrl-C)")
            .opt("lines", "N", "how many lines first (default 10)");
    private static final List<String> LEVELS = List.of("ERROR", "WARN", "INFO", "DEBUG", "TRACE");

    private final Path file;

    @Activate
    public LogCommands(BundleContext context) {
        String f = context.getProperty("pcmt.log.file");
        this.file = f == null ? null : Path.of(f);
    }

    @Descriptor("show the platform log")
    public void display(CommandSession session, @Descriptor("[--lines N] [--level LEVEL]") String... args)
            throws IOException {
        Cli.Parsed a = DISPLAY.parse(args, System.out);
        if (a == null) {
            return;
        }
        int n = count(DISPLAY, a.opt("lines"), 50);
        String level = a.opt("level");
        List<String> lines = lines();
        if (level != null) {
            int max = LEVELS.indexOf(level);
            lines = lines.stream().filter(l -> LEVELS.stream().limit(max + 1L).anyMatch(v -> l.contains(" " + v + " ")))
                    .toList();
        }
        lines.subList(Math.max(0, lines.size() - n), lines.size()).forEach(System.out::println);
    }

    @Descriptor("follow the platform log")
    public void tail(CommandSession session, @Descriptor("[--lines N]") String... args) throws IOException {
        Cli.Parsed a = TAIL.parse(args, System.out);
        if (a == null) {
            return;
        }
        int n = count(TAIL, a.opt("lines"), 10);
        List<String> lines = lines();
        lines.subList(Math.max(0, lines.size() - n), lines.size()).forEach(System.out::println);
        System.out.flush();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long pos = raf.length();
            while (!Thread.currentThread().isInterrupted()) {
                long len = raf.length();
                if (len < pos) {
                    pos = 0; // rotated
                }
                if (len > pos) {
                    raf.seek(pos);
                    byte[] buf = new byte[(int) (len - pos)];
                    raf.readFully(buf);
                    System.out.print(new String(buf, StandardCharsets.UTF_8));
                    System.out.flush();
                    pos = len;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private List<String> lines() throws IOException {
        if (file == null) {
            throw new OperatorError(Msg.t("log.noFile"));
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new OperatorError(Msg.t("log.missing", file));
        }
    }

    private static int count(Cli cli, String s, int dflt) {
        if (s == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(s);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw cli.usageError(Msg.t("log.lines", s));
    }
}
