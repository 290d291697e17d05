package vn.pcmt.shell.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.pcmt.api.OperatorError;

/**
 * Options and arguments of one command, Karaf style: {@code --name value} or {@code --name=value}, flags, then
 * positional arguments. Every command gets {@code --help}; a wrong or missing argument is an error that carries
 * the usage.
 */
final class Cli {
    /** The description {@link #format()} gives; its text is the shared catalogue key {@code opt.format}. */
    static final String FORMAT = "output as an aligned table (default) or as JSON";

    /** An option: {@code values} non-empty restricts the accepted values; null {@code arg} makes it a flag. */
    record Opt(String name, String arg, String description, List<String> values) {}

    /** A positional argument; optional ones are shown in brackets. */
    record Arg(String name, String description, boolean required) {}

    private final String name;
    private final String summary;
    private final List<Opt> options = new ArrayList<>();
    private final List<Arg> arguments = new ArrayList<>();

    Cli(String name, String summary) {
        this.name = name;
        this.summary = summary;
    }

    Cli opt(String opt, String arg, String description, String... values) {
        options.add(new Opt(opt, arg, description, Arrays.asList(values)));
        return this;
    }

    Cli flag(String opt, String description) {
        options.add(new Opt(opt, null, description, List.of()));
        return this;
    }

    Cli format() {
        return opt("format", "FORMAT", FORMAT, "table", "json");
    }

    Cli arg(String arg, String description) {
        arguments.add(new Arg(arg, description, true));
        return this;
    }

    Cli optionalArg(String arg, String description) {
        arguments.add(new Arg(arg, description, false));
        return this;
    }

    /** The one-line description, from the catalogue ({@code cmd.NAME}) when it has one. */
    String summary() {
        return Msg.or(summaryKey(), summary);
    }

    /** Catalogue keys of the help: {@code cmd.NAME}, {@code cmd.NAME.opt.OPTION}, {@code cmd.NAME.arg.ARG}. */
    String summaryKey() {
        return "cmd." + name;
    }

    /** {@code opt.format} for {@link #format()}'s table|json; an own --format (report:export) has its own key. */
    String key(Opt o) {
        return o.name().equals("format") && o.description().equals(FORMAT) ? "opt.format"
                : "cmd." + name + ".opt." + o.name();
    }

    String key(Arg a) {
        return "cmd." + name + ".arg." + a.name();
    }

    String name() {
        return name;
    }

    List<Opt> options() {
        return options;
    }

    List<Arg> arguments() {
        return arguments;
    }

    String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append(name).append(" - ").append(summary()).append("\n\n").append(Msg.t("usage.usage")).append(' ')
                .append(name);
        if (!options.isEmpty()) {
            sb.append(' ').append(Msg.t("usage.options.short"));
        }
        for (Arg a : arguments) {
            sb.append(a.required() ? " " + a.name() : " [" + a.name() + "]");
        }
        sb.append('\n');
        if (!arguments.isEmpty()) {
            sb.append('\n').append(Msg.t("usage.arguments")).append('\n');
            for (Arg a : arguments) {
                sb.append(String.format("  %-22s %s%n", a.name(), Msg.or(key(a), a.description())));
            }
        }
        sb.append('\n').append(Msg.t("usage.options")).append('\n');
        for (Opt o : options) {
            String left = "--" + o.name() + (o.arg() == null ? "" : " " + o.arg());
            String values = o.values().isEmpty() ? "" : " (" + String.join(" | ", o.values()) + ")";
            String text = Msg.or(key(o), o.description());
            sb.append(String.format("  %-22s %s%s%n", left, text, values));
        }
        sb.append(String.format("  %-22s %s%n", "--wide", Msg.t("usage.wide")));
        sb.append(String.format("  %-22s %s%n", "--help", Msg.t("usage.help")));
        return sb.toString();
    }

    /** Parses {@code args}; returns null after printing the usage when {@code --help} was asked. */
    Parsed parse(String[] args, PrintStream out) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        Table.WIDE.set(Boolean.FALSE);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                out.print(usage());
                return null;
            }
            if (a.equals("--wide") && option("wide") == null) {
                Table.WIDE.set(Boolean.TRUE);
                continue;
            }
            if (a.startsWith("--") && a.length() > 2) {
                String key = a.substring(2);
                String value = null;
                int eq = key.indexOf('=');
                if (eq >= 0) {
                    value = key.substring(eq + 1);
                    key = key.substring(0, eq);
                }
                Opt o = option(key);
                if (o == null) {
                    throw usageError(Msg.t("usage.unknownOption", "--" + key));
                }
                if (o.arg() == null) {
                    if (value != null) {
                        throw usageError(Msg.t("usage.noValue", "--" + key));
                    }
                    values.put(key, "true");
                    continue;
                }
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw usageError(Msg.t("usage.needsValue", "--" + key, o.arg()));
                    }
                    value = args[++i];
                }
                if (!o.values().isEmpty() && !o.values().contains(value)) {
                    throw usageError(Msg.t("usage.badValue", "--" + key, String.join(" " + Msg.t("word.or") + " ", o.values()), value));
                }
                values.put(key, value);
            } else {
                positional.add(a);
            }
        }
        long required = arguments.stream().filter(Arg::required).count();
        if (positional.size() < required) {
            throw usageError(Msg.t("usage.missing", arguments.get(positional.size()).name()));
        }
        if (positional.size() > arguments.size()) {
            throw usageError(Msg.t("usage.unexpected", positional.get(arguments.size())));
        }
        return new Parsed(values, positional);
    }

    private Opt option(String key) {
        return options.stream().filter(o -> o.name().equals(key)).findFirst().orElse(null);
    }

    OperatorError usageError(String problem) {
        return new OperatorError(name + ": " + problem + "\n\n" + usage());
    }

    /** What the command line said. */
    record Parsed(Map<String, String> options, List<String> arguments) {
        String opt(String name) {
            return options.get(name);
        }

        boolean flag(String name) {
            return options.containsKey(name);
        }

        String arg(int i) {
            return i < arguments.size() ? arguments.get(i) : null;
        }

        boolean json() {
            return "json".equals(options.get("format"));
        }
    }
}
