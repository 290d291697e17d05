package vn.pcmt.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import vn.pcmt.api.OperatorError;
import vn.pcmt.api.security.UserRole;

/** {@code user:add}, {@code user:list}, {@code user:remove}, {@code user:passwd}: thin, over {@link Users}. */
@Component(service = UserCommands.class, configurationPolicy = ConfigurationPolicy.IGNORE, property = {
    "osgi.command.scope=user", "osgi.command.function=add", "osgi.command.function=list",
    "osgi.command.function=remove", "osgi.command.function=passwd"})
public final class UserCommands {
    /** Catalogue keys of the usages (messages_vi/en.properties beside this class; {@link Msg}). */
    static final String ADD = "usage.add";
    static final String REMOVE = "usage.remove";
    static final String PASSWD = "usage.passwd";
    static final String LIST = "usage.list";

    private final Users users;

    @Activate
    public UserCommands(@Reference Users users) {
        this.users = users;
    }

    @Descriptor("add a user: user:add NAME --role admin|operator|viewer [--scope PLAN,…] [--province NAME] [--key FILE.pub] [--password]")
    public void add(CommandSession session, String... args) throws IOException {
        Map<String, String> o = options(args, ADD, List.of("--role", "--scope", "--province", "--key"),
                List.of("--password"));
        if (o == null) {
            return;
        }
        String name = o.get("");
        if (name == null || o.get("--role") == null) {
            throw new OperatorError(Msg.t("error.addNeeds") + "\n\n" + Msg.t(ADD));
        }
        UserRole role;
        try {
            role = UserRole.ofCode(o.get("--role"));
        } catch (IllegalArgumentException e) {
            throw new OperatorError("--role: " + e.getMessage());
        }
        List<String> scope = o.get("--scope") == null ? List.of()
                : Arrays.stream(o.get("--scope").split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        String key = null;
        if (o.get("--key") != null) {
            Path f = session.currentDir() == null ? Path.of(o.get("--key")) : session.currentDir().resolve(o.get("--key"));
            if (!Files.isRegularFile(f)) {
                throw new OperatorError(Msg.t("key.missing", f));
            }
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            if (lines.isEmpty()) {
                throw new OperatorError(Msg.t("key.empty", f));
            }
            try {
                key = PublicKeys.parse(lines.get(0), f.toString());
            } catch (IllegalArgumentException e) {
                throw new OperatorError("--key: " + e.getMessage());
            }
        }
        char[] password = o.containsKey("--password") ? readPassword(session) : null;
        String k = key;
        user(() -> users.add(name, role, scope, o.get("--province"), k, password));
        System.out.println(Msg.t("user.added", name, role.code()));
    }

    @Descriptor("remove a user")
    public void remove(CommandSession session, String... args) {
        Map<String, String> o = options(args, REMOVE, List.of(), List.of());
        if (o == null) {
            return;
        }
        if (o.get("") == null) {
            throw new OperatorError(Msg.t("error.needsName", "user:remove") + "\n\n" + Msg.t(REMOVE));
        }
        user(() -> users.remove(o.get("")));
        System.out.println(Msg.t("user.removed", o.get("")));
    }

    @Descriptor("set a user's password (read from the input)")
    public void passwd(CommandSession session, String... args) throws IOException {
        Map<String, String> o = options(args, PASSWD, List.of(), List.of());
        if (o == null) {
            return;
        }
        if (o.get("") == null) {
            throw new OperatorError(Msg.t("error.needsName", "user:passwd") + "\n\n" + Msg.t(PASSWD));
        }
        char[] pw = readPassword(session);
        user(() -> users.passwd(o.get(""), pw));
        System.out.println(Msg.t("user.passwordSet", o.get("")));
    }

    @Descriptor("list the users")
    public void list(CommandSession session, String... args) {
        Map<String, String> o = options(args, LIST, List.of("--format"), List.of());
        if (o == null) {
            return;
        }
        List<Users.Listed> all = users.list();
        if ("json".equals(o.get("--format"))) {
            StringBuilder b = new StringBuilder("[");
            for (Users.Listed u : all) {
                b.append(b.length() > 1 ? ",\n " : "").append("{\"name\":").append(json(u.name())).append(",\"role\":")
                        .append(json(u.role().code())).append(",\"scope\":[");
                b.append(String.join(",", u.plans().stream().map(UserCommands::json).toList())).append("],\"province\":")
                        .append(u.province() == null ? "null" : json(u.province())).append(",\"password\":")
                        .append(u.password()).append(",\"keys\":[")
                        .append(String.join(",", u.keys().stream().map(UserCommands::json).toList()))
                        .append("],\"locked\":").append(u.locked()).append('}');
            }
            System.out.println(b.append(']'));
            return;
        }
        if (all.isEmpty()) {
            System.out.println(Msg.t("user.none"));
            return;
        }
        System.out.printf("%-16s %-9s %-24s %-9s %s%n", Msg.t("h.name"), Msg.t("h.role"), Msg.t("h.scope"),
                Msg.t("h.password"), Msg.t("h.keys"));
        for (Users.Listed u : all) {
            String scope = String.join(",", u.plans()) + (u.province() == null ? "" : (u.plans().isEmpty() ? "" : "; ")
                    + u.province());
            System.out.printf("%-16s %-9s %-24s %-9s %s%s%n", u.name(), u.role().code(), scope,
                    u.password() ? Msg.t("word.yes") : Msg.t("word.no"), String.join(" ", u.keys()),
                    u.locked() ? "  " + Msg.t("user.locked") : "");
        }
    }

    /** A password from the session's input: masked on a JLine terminal, else one line (a pipe or a served run). */
    private static char[] readPassword(CommandSession session) throws IOException {
        Object terminal = session.get(".terminal");
        if (terminal instanceof org.jline.terminal.Terminal t) {
            org.jline.reader.LineReader r = org.jline.reader.LineReaderBuilder.builder().terminal(t).build();
            String a = r.readLine(Msg.t("prompt.password"), '*');
            String b = r.readLine(Msg.t("prompt.again"), '*');
            if (!a.equals(b)) {
                throw new OperatorError(Msg.t("password.differ"));
            }
            return a.toCharArray();
        }
        String line = new BufferedReader(new InputStreamReader(session.getKeyboard(), StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
            throw new OperatorError(Msg.t("password.noInput"));
        }
        return line.toCharArray();
    }

    /** Runs a change; a refused input is the user's mistake, said plainly. */
    private static void user(Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException e) {
            throw new OperatorError(e.getMessage());
        }
    }

    /**
     * Options with values, flags, and one positional argument under "". Null after printing --help. {@code usageKey}
     * names the usage in the catalogue.
     */
    private static Map<String, String> options(String[] args, String usageKey, List<String> valued, List<String> flags) {
        String usage = Msg.t(usageKey);
        Map<String, String> out = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                System.out.println(usage);
                return null;
            } else if (valued.contains(a)) {
                if (i + 1 >= args.length) {
                    throw new OperatorError(Msg.t("error.needsValue", a) + "\n\n" + usage);
                }
                out.put(a, args[++i]);
            } else if (flags.contains(a)) {
                out.put(a, "true");
            } else if (a.startsWith("--")) {
                throw new OperatorError(Msg.t("error.unknownOption", a) + "\n\n" + usage);
            } else {
                positional.add(a);
            }
        }
        if (positional.size() > 1) {
            throw new OperatorError(Msg.t("error.unexpected", positional.get(1)) + "\n\n" + usage);
        }
        if (!positional.isEmpty()) {
            out.put("", positional.get(0));
        }
        return out;
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
