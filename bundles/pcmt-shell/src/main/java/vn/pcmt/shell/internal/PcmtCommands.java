package vn.pcmt.shell.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import vn.pcmt.api.OperatorError;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.ProgressStore;

/**
 * The {@code pcmt:*} commands, the console's own: {@code pcmt:welcome} (what the console shows when it opens:
 * config/gosh_profile runs it), {@code pcmt:help} (pcmt's scopes with one-line descriptions; {@code --all} for the
 * framework's), {@code pcmt:default} (Gogo calls it for an unknown command: "did you mean"), and
 * {@code pcmt:complete} (the candidates config/gosh_profile offers on Tab: plan ids, areas, agencies …).
 */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = PcmtCommands.class, property = {
    "osgi.command.scope=pcmt", "osgi.command.function=welcome", "osgi.command.function=help", "osgi.command.function=default",
    "osgi.command.function=complete", "osgi.command.function=completions"})
public final class PcmtCommands {
    /** Scopes of the framework and the shell itself, shown only by {@code help --all}. */
    static final java.util.Set<String> FRAMEWORK = java.util.Set.of("gogo", "felix", "scr", "equinox", "obr", "cm",
            "pcmt");

    static final Cli WELCOME = new Cli("pcmt:welcome", "the plans loaded and where to start (shown when the console"
            + " opens)");
    /** How long to wait for plans still being read. */
    static final long WAIT_MS = 10_000;

    private final BundleContext context;
    private final PlanRegistry registry;
    private final ComponentServiceObjects<ProgressStore> store;

    /** Events above the interactive console's prompt (deploy/ loads, unloads and errors). */
    private final ConsoleEvents events;
    /** The extender's "every plan bundle seen has been read"; absent without an extender. */
    private final BooleanSupplier plansRead;

    @Activate
    public PcmtCommands(BundleContext context, @Reference PlanRegistry registry,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) ComponentServiceObjects<ProgressStore> store,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) ConsoleEvents events,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY,
                    target = "(pcmt.readiness=plans)") BooleanSupplier plansRead) {
        this.context = context;
        this.events = events;
        this.plansRead = plansRead;
        this.registry = registry;
        this.store = store;
    }

    @Descriptor("the plans loaded and where to start")
    public void welcome(CommandSession session, String... args) throws Exception {
        if (WELCOME.parse(args, System.out) == null) {
            return;
        }
        if (events != null) {
            events.attach(session.get(".reader")); // null in batch runs and scripts: nothing to attach
        }
        long end = System.nanoTime() + WAIT_MS * 1_000_000;
        while (plansRead != null && !plansRead.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(5); // the console may open while plans are still being read
        }
        int n = registry.plans().size();
        System.out.println(Msg.t("welcome.title") + " " + (n == 0 ? Msg.t("welcome.none") : Msg.t("welcome.loaded", n)));
        if (n > 0) {
            System.out.println();
            session.execute("plan:list");
        }
        System.out.println();
        System.out.println(Msg.t("welcome.hint"));
    }

    /** scope → function → service reference, for every Gogo command registered. */
    private Map<String, Map<String, ServiceReference<?>>> commands() {
        Map<String, Map<String, ServiceReference<?>>> out = new TreeMap<>();
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(osgi.command.scope=*)");
            for (ServiceReference<?> r : refs == null ? new ServiceReference<?>[0] : refs) {
                Object fn = r.getProperty("osgi.command.function");
                for (Object f : fn instanceof Object[] a ? a : fn instanceof java.util.Collection<?> c ? c.toArray()
                        : new Object[] {fn}) {
                    out.computeIfAbsent(String.valueOf(r.getProperty("osgi.command.scope")), k -> new TreeMap<>())
                            .put(String.valueOf(f), r);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // a constant filter
        }
        return out;
    }

    /** Every command as scope:function. */
    List<String> names() {
        List<String> all = new ArrayList<>();
        commands().forEach((scope, fns) -> fns.keySet().forEach(f -> all.add(scope + ":" + f)));
        return all;
    }

    @Descriptor("pcmt's commands by scope, each with what it does; --all for the framework's too")
    public void help(CommandSession session, @Descriptor("[--all] [COMMAND]") String... args) throws Exception {
        boolean all = List.of(args).contains("--all");
        List<String> rest = new ArrayList<>(List.of(args));
        rest.remove("--all");
        if (!rest.isEmpty()) {
            String cmd = rest.get(0);
            List<String> names = names();
            String found = names.contains(cmd) ? cmd : names.stream().filter(n -> n.endsWith(":" + cmd)).findFirst()
                    .orElse(null);
            if (found == null) {
                throw unknownCommand(cmd);
            }
            if (FRAMEWORK.contains(found.substring(0, found.indexOf(':')))) {
                session.execute("felix:help " + found);
            } else {
                session.execute(found + " --help");
            }
            return;
        }
        Table t = Table.h("COMMAND", "DESCRIPTION").max(1, 90);
        for (Map.Entry<String, Map<String, ServiceReference<?>>> scope : commands().entrySet()) {
            boolean framework = FRAMEWORK.contains(scope.getKey());
            if (framework && !all) {
                continue;
            }
            String sd = Msg.or("scope." + scope.getKey(), "");
            t.row(scope.getKey() + ":*", sd.toUpperCase(java.util.Locale.ROOT));
            for (Map.Entry<String, ServiceReference<?>> fn : scope.getValue().entrySet()) {
                if (fn.getKey().equals("default") || fn.getKey().startsWith("__")) {
                    continue;
                }
                t.row("  " + scope.getKey() + ":" + fn.getKey(), describe(scope.getKey(), fn.getKey(), fn.getValue()));
            }
        }
        t.print(System.out);
        System.out.println();
        System.out.println(Msg.t(all ? "help.footerAll" : "help.footer"));
    }

    /** A command's one line: its Cli summary (catalogue), else its @Descriptor, else nothing. */
    private String describe(String scope, String fn, ServiceReference<?> ref) {
        String name = scope + ":" + fn;
        String fromCatalogue = Msg.or("cmd." + name, null);
        if (fromCatalogue != null) {
            return fromCatalogue;
        }
        Cli cli = cli(name, ref);
        if (cli != null) {
            return cli.summary();
        }
        Object service = context.getService(ref);
        if (service == null) {
            return "";
        }
        try {
            for (Method m : service.getClass().getMethods()) {
                if ((m.getName().equals(fn) || m.getName().equals("_" + fn)) && m.getAnnotation(Descriptor.class) != null) {
                    return m.getAnnotation(Descriptor.class).value();
                }
            }
            return "";
        } finally {
            context.ungetService(ref);
        }
    }

    OperatorError unknownCommand(String name) {
        List<String> all = names();
        List<String> candidates = new ArrayList<>(all);
        if (!name.contains(":")) { // "shwo" may be plan:show; "plan:shwo" is compared with whole names only
            for (String n : all) {
                candidates.add(n.substring(n.indexOf(':') + 1));
            }
        }
        List<String> close = vn.pcmt.api.text.Text.closest(name, candidates);
        TreeSet<String> full = new TreeSet<>();
        if (close.size() < candidates.size()) {
            for (String c : close) {
                if (c.contains(":")) {
                    full.add(c);
                } else {
                    all.stream().filter(n -> n.endsWith(":" + c)).limit(3).forEach(full::add);
                }
                if (full.size() >= 5) {
                    break;
                }
            }
        }
        // the closest first: keep Text.closest's order for full names
        List<String> ordered = close.stream().filter(full::contains).collect(java.util.stream.Collectors.toList());
        full.stream().filter(f -> !ordered.contains(f)).forEach(ordered::add);
        String scope = name.contains(":") ? name.substring(0, name.indexOf(':') + 1) : null;
        List<String> inScope = scope == null ? List.of() : all.stream().filter(n -> n.startsWith(scope)).toList();
        return new OperatorError(Msg.t("command.unknown", name)
                + (ordered.isEmpty() ? "" : " " + Msg.t("didYouMean", String.join(", ", ordered)))
                + (inScope.isEmpty() ? " " + Msg.t("command.help") : " " + Msg.t("command.inScope",
                        scope.substring(0, scope.length() - 1), String.join(" ", inScope))));
    }

    /** Gogo's hook for a command it cannot find ({@code *:default}): says so, with the closest commands. */
    @Descriptor("called by Gogo for an unknown command")
    public void _default(CommandSession session, Object... args) {
        throw unknownCommand(args.length == 0 ? "" : String.valueOf(args[0]));
    }

    /** What each command's positional arguments are, for Tab (the rest come from option names). */
    static final Map<String, List<String>> POSITIONS = Map.ofEntries(
            Map.entry("plan:show", List.of("plans")), Map.entry("plan:unload", List.of("plans")),
            Map.entry("plan:export", List.of("plans")), Map.entry("plan:check", List.of("plans")),
            Map.entry("plan:quote", List.of("plans", "refs")), Map.entry("report:progress", List.of("plans")),
            Map.entry("indicator:history", List.of("plans", "targets")),
            Map.entry("indicator:record", List.of("plans", "targets")),
            Map.entry("indicator:rollup", List.of("plans", "targets")),
            Map.entry("indicator:compare", List.of("indicators")), Map.entry("area:show", List.of("areas")),
            Map.entry("assignment:update", List.of("tasks", "statuses")),
            Map.entry("assignment:status", List.of("tasks")),
            Map.entry("unit:recognize", List.of("units", "recognitions")),
            Map.entry("unit:withdraw", List.of("units", "recognitions")));
    /** Option → what its value is. */
    static final Map<String, String> OPTION_VALUES = Map.of("--plan", "plans", "--area", "areas", "--agency",
            "agencies", "--indicator", "indicators", "--province", "provinces", "--format", "formats", "--level",
            "levels");

    /**
     * Tab candidates for the line being typed (gogo.jline sets {@code .commandLine} before asking): by the
     * command and the argument's position, or by the option before it. With a KIND argument, that kind's values.
     */
    @Descriptor("Tab completion: candidates for the argument being typed")
    public List<String> complete(CommandSession session, @Descriptor("[KIND [PLAN]]") String... args) {
        try {
            if (args.length > 0) {
                return values(args[0], args.length > 1 ? args[1] : null);
            }
            Object line = session.get(".commandLine");
            if (line == null) {
                return List.of();
            }
            @SuppressWarnings("unchecked")
            List<String> words = (List<String>) line.getClass().getMethod("words").invoke(line);
            int index = ((Number) line.getClass().getMethod("wordIndex").invoke(line)).intValue();
            if (index < 1 || words.isEmpty()) {
                return List.of();
            }
            String command = resolve(session, words.get(0));
            String previous = words.get(index - 1);
            if (previous.startsWith("--") && OPTION_VALUES.containsKey(previous)) {
                return values(OPTION_VALUES.get(previous), null);
            }
            List<String> positional = new ArrayList<>();
            for (int i = 1; i < index; i++) {
                String w = words.get(i);
                if (w.startsWith("--")) {
                    if (OPTION_VALUES.containsKey(w) || !isFlag(w)) {
                        i++; // its value
                    }
                } else {
                    positional.add(w);
                }
            }
            List<String> kinds = POSITIONS.getOrDefault(command, List.of());
            if (positional.size() >= kinds.size()) {
                return List.of();
            }
            return values(kinds.get(positional.size()), positional.isEmpty() ? null : positional.get(0));
        } catch (ReflectiveOperationException | RuntimeException | vn.pcmt.api.StoreException e) {
            return List.of(); // completion never fails the line being typed
        }
    }

    private static final java.util.Set<String> FLAGS = java.util.Set.of("--canonical", "--overdue", "--wide", "--all",
            "--help");

    private static boolean isFlag(String option) {
        return FLAGS.contains(option);
    }

    /** "show" (an alias of the profile) or "list" (resolved through SCOPE) as scope:function. */
    private String resolve(CommandSession session, String word) {
        if (word.contains(":")) {
            return word;
        }
        Map<String, String> aliases = Map.of("show", "plan:show", "plans", "plan:list", "tasks", "assignment:list",
                "check", "plan:check", "find", "plan:search");
        if (aliases.containsKey(word)) {
            return aliases.get(word);
        }
        Object scopes = session.get("SCOPE");
        List<String> names = names();
        for (String scope : String.valueOf(scopes == null ? "*" : scopes).split(":")) {
            if (names.contains(scope + ":" + word)) {
                return scope + ":" + word;
            }
        }
        return word;
    }

    List<String> values(String kind, String plan) throws vn.pcmt.api.StoreException {
        return switch (kind) {
            case "plans" -> registry.plans().stream().map(p -> p.summary().id()).sorted().toList();
            case "areas" -> registry.areas().stream().map(a -> a.code()).sorted().toList();
            case "agencies" -> registry.agencies(null).stream().map(PlanRegistry.AgencyUse::id).sorted().toList();
            case "indicators" -> registry.indicatorIds();
            case "statuses" -> List.of("not-started", "in-progress", "done", "blocked");
            case "recognitions" -> List.of("drug-free");
            case "formats" -> List.of("table", "json");
            case "levels" -> List.of("ERROR", "WARN", "INFO", "DEBUG");
            case "provinces" -> vn.pcmt.api.text.Text.provinces();
            case "tasks" -> registry.assignments(plan != null && registry.plan(plan).isPresent() ? plan : null, null)
                    .stream().map(a -> a.item().id()).distinct().sorted().toList();
            case "targets" -> plan == null || registry.plan(plan).isEmpty() ? List.of() : registry.plan(plan).get()
                    .plan().targets().stream().map(t -> t.id()).toList();
            case "refs" -> plan == null || registry.plan(plan).isEmpty() ? List.of() : refs(plan);
            case "units" -> store == null ? List.of() : Views.withStore(store, List::of, s -> s.units(null).stream()
                    .map(ProgressStore.AdminUnit::code).sorted().toList());
            default -> List.of();
        };
    }

    private List<String> refs(String plan) {
        vn.pcmt.api.Plan p = registry.plan(plan).get().plan();
        List<String> out = new ArrayList<>();
        p.sections().forEach(x -> out.add(x.id()));
        p.targets().forEach(x -> out.add(x.id()));
        p.assignments().forEach(x -> out.add(x.id()));
        p.reportingDuties().forEach(x -> out.add(x.id()));
        return out;
    }

    /**
     * Registers Tab completion for every pcmt command with Gogo's {@code complete}: its description and options
     * from its typed parameters (its {@link Cli}), and {@code pcmt:complete} for its arguments. Run by
     * config/gosh_profile when the console opens.
     */
    @Descriptor("register Tab completion of pcmt's commands (the console's profile runs it)")
    public void completions(CommandSession session) throws Exception {
        Object complete = session.get("gogo:complete");
        if (!(complete instanceof org.apache.felix.service.command.Function f)) {
            return; // no gogo.jline: nothing completes
        }
        for (Map.Entry<String, Map<String, ServiceReference<?>>> scope : commands().entrySet()) {
            if (FRAMEWORK.contains(scope.getKey())) {
                continue;
            }
            for (Map.Entry<String, ServiceReference<?>> fn : scope.getValue().entrySet()) {
                String name = scope.getKey() + ":" + fn.getKey();
                Cli cli = cli(name, fn.getValue());
                String description = cli != null ? cli.summary() : describe(scope.getKey(), fn.getKey(), fn.getValue());
                f.execute(session, List.of("-c", name, "-d", description.isEmpty() ? name : description));
                if (cli != null) {
                    for (Cli.Opt o : cli.options()) {
                        f.execute(session, List.of("-c", name, "-l", o.name(), "-d", o.name().equals("format")
                                ? Msg.or("opt.format", o.description()) : Msg.or("cmd." + name + ".opt." + o.name(),
                                        o.description())));
                    }
                    if (cli.arguments().stream().anyMatch(a -> a.name().equals("FILE"))) {
                        f.execute(session, List.of("-c", name, "-a", "__files"));
                        continue;
                    }
                }
                f.execute(session, List.of("-c", name, "-a", "pcmt:complete"));
            }
        }
    }

    private Cli cli(String name, ServiceReference<?> ref) {
        Object service = context.getService(ref);
        if (service == null) {
            return null;
        }
        try {
            for (Field f : service.getClass().getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == Cli.class) {
                    f.setAccessible(true);
                    Cli c = (Cli) f.get(null);
                    if (c.name().equals(name)) {
                        return c;
                    }
                }
            }
            return null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        } finally {
            context.ungetService(ref);
        }
    }
}
