package vn.pcmt.shell.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
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
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.ProgressStore;

/**
 * The console's own commands: {@code pcmt:help} (pcmt's scopes with one-line descriptions; {@code --all} for the
 * framework's), {@code pcmt:default} (Gogo calls it for an unknown command: "did you mean"), and
 * {@code pcmt:complete} (the candidates config/gosh_profile offers on Tab: plan ids, areas, agencies …).
 */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = ConsoleCommands.class, property = {
    "osgi.command.scope=pcmt", "osgi.command.function=help", "osgi.command.function=default",
    "osgi.command.function=complete"})
public final class ConsoleCommands {
    /** Scopes of the framework and the shell itself, shown only by {@code help --all}. */
    static final java.util.Set<String> FRAMEWORK = java.util.Set.of("gogo", "felix", "scr", "equinox", "obr", "cm",
            "pcmt");

    private final BundleContext context;
    private final PlanRegistry registry;
    private final ComponentServiceObjects<ProgressStore> store;

    @Activate
    public ConsoleCommands(BundleContext context, @Reference PlanRegistry registry,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) ComponentServiceObjects<ProgressStore> store) {
        this.context = context;
        this.registry = registry;
        this.store = store;
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
            t.row(scope.getKey() + ":*", sd.isEmpty() ? "" : "── " + sd + " ──");
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
        Object service = context.getService(ref);
        if (service == null) {
            return "";
        }
        try {
            for (Field f : service.getClass().getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == Cli.class) {
                    f.setAccessible(true);
                    Cli c = (Cli) f.get(null);
                    if (c.name().equals(name)) {
                        return c.summary();
                    }
                }
            }
            for (Method m : service.getClass().getMethods()) {
                if ((m.getName().equals(fn) || m.getName().equals("_" + fn)) && m.getAnnotation(Descriptor.class) != null) {
                    return m.getAnnotation(Descriptor.class).value();
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "";
        } finally {
            context.ungetService(ref);
        }
        return "";
    }

    CommandError unknownCommand(String name) {
        List<String> all = names();
        List<String> candidates = new ArrayList<>(all);
        for (String n : all) {
            candidates.add(n.substring(n.indexOf(':') + 1));
        }
        List<String> close = vn.pcmt.api.Text.closest(name, candidates);
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
        return new CommandError(ordered.isEmpty() ? Msg.t("command.unknown", name)
                : Msg.t("command.unknown", name) + " " + Msg.t("didYouMean", String.join(", ", ordered)));
    }

    /** Gogo's hook for a command it cannot find ({@code *:default}): says so, with the closest commands. */
    @Descriptor("called by Gogo for an unknown command")
    public void _default(CommandSession session, Object... args) {
        throw unknownCommand(args.length == 0 ? "" : String.valueOf(args[0]));
    }

    @Descriptor("Tab completion candidates: plans, areas, agencies, indicators, statuses, units, refs PLAN")
    public List<String> complete(CommandSession session, @Descriptor("KIND [PLAN]") String... args) {
        String kind = args.length == 0 ? "" : args[0];
        try {
            return switch (kind) {
                case "plans" -> registry.plans().stream().map(p -> p.summary().id()).sorted().toList();
                case "areas" -> registry.areas().stream().map(a -> a.code()).sorted().toList();
                case "agencies" -> registry.agencies(null).stream().map(PlanRegistry.AgencyUse::id).sorted().toList();
                case "indicators" -> registry.indicatorIds();
                case "statuses" -> List.of("not-started", "in-progress", "done", "blocked");
                case "tasks" -> registry.assignments(args.length > 1 ? args[1] : null, null).stream()
                        .map(a -> a.item().id()).distinct().sorted().toList();
                case "units" -> store == null ? List.of() : Views.withStore(store, List::of, s -> s.units(null).stream()
                        .map(ProgressStore.AdminUnit::code).sorted().toList());
                default -> List.of();
            };
        } catch (RuntimeException | vn.pcmt.api.StoreException e) {
            return List.of(); // completion never fails the line being typed
        }
    }
}
