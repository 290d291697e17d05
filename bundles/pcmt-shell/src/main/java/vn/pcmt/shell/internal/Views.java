package vn.pcmt.shell.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.OperatorError;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.PlanService;
import vn.pcmt.api.Target;

/** Shared wording of the console: how plans, targets and assignments read, and the unknown-id messages. */
final class Views {
    private Views() {}

    /** The plan {@code id} names: its id, or (one rule, {@link Names}) the words of its id or its locality. */
    static PlanService plan(PlanRegistry registry, String id) {
        java.util.Optional<PlanService> exact = registry.plan(id);
        if (exact.isPresent()) {
            return exact.get();
        }
        Map<String, List<String>> known = new LinkedHashMap<>();
        for (PlanService ps : registry.plans()) {
            known.put(ps.summary().id(), ps.summary().localityName() == null ? List.of()
                    : List.of(ps.summary().localityName()));
        }
        List<String> found = Names.find(id, known);
        if (found.size() == 1) {
            return registry.plan(found.get(0)).orElseThrow(() -> unknownPlan(registry, id));
        }
        throw unknownPlan(registry, id);
    }

    /** A file name typed in the console, relative to the session's current directory. */
    static java.nio.file.Path path(org.apache.felix.service.command.CommandSession session, String name) {
        return session.currentDir() == null ? java.nio.file.Path.of(name) : session.currentDir().resolve(name);
    }

    /** Work on the progress store. */
    interface StoreWork<T> {
        T run(vn.pcmt.api.ProgressStore s) throws vn.pcmt.api.StoreException;
    }

    /**
     * Runs {@code work} on the optional progress store, got and released around it; {@code absent} answers (or
     * throws) when the store is not deployed.
     */
    static <T> T withStore(org.osgi.service.component.ComponentServiceObjects<vn.pcmt.api.ProgressStore> store,
            java.util.function.Supplier<T> absent, StoreWork<T> work) throws vn.pcmt.api.StoreException {
        if (store == null) {
            return absent.get();
        }
        try (Held<vn.pcmt.api.ProgressStore> held = new Held<>(store, null)) {
            return work.run(held.service);
        }
    }

    /**
     * One of the store's services (ProgressStore, ReportingService) for one command, got when opened and released
     * when closed; a deployment without the store is told which command needs it, one whose store failed to start
     * where to read why. The commands ask for it per call, so one that does not need the database (indicator:list
     * beside indicator:record) never opens it.
     */
    static final class Held<S> implements AutoCloseable {
        private final org.osgi.service.component.ComponentServiceObjects<S> objects;
        final S service;

        Held(org.osgi.service.component.ComponentServiceObjects<S> objects, String command)
                throws vn.pcmt.api.StoreException {
            if (objects == null) {
                throw needsStore(command);
            }
            this.objects = objects;
            this.service = objects.getService();
            if (service == null) { // registered, but its component failed to activate: SCR logged why
                throw new vn.pcmt.api.StoreException(Msg.t("store.failed"));
            }
        }

        @Override
        public void close() {
            objects.ungetService(service);
        }
    }

    /**
     * The code of the unit {@code given} names: its code, or its name matched as every name argument is (case and
     * diacritics ignored, whole words: "chi minh" is Xã Chí Minh). Several units of that name is an error listing
     * them with their codes; a name that fits none is returned as typed, for the store to refuse after the user's
     * right to write (issue 12: units were matched by code only).
     */
    static String unitCode(vn.pcmt.api.ProgressStore store, String given) throws vn.pcmt.api.StoreException {
        if (given == null) {
            return null;
        }
        List<vn.pcmt.api.ProgressStore.AdminUnit> all = store.units(null);
        for (vn.pcmt.api.ProgressStore.AdminUnit u : all) {
            if (u.code().equals(given)) {
                return given;
            }
        }
        java.util.Map<String, List<vn.pcmt.api.ProgressStore.AdminUnit>> byName = new java.util.TreeMap<>();
        for (vn.pcmt.api.ProgressStore.AdminUnit u : all) {
            byName.computeIfAbsent(u.name(), k -> new ArrayList<>()).add(u);
            byName.computeIfAbsent(u.name() + ", " + u.province(), k -> new ArrayList<>()).add(u);
        }
        String name = vn.pcmt.api.text.Text.pick(given, byName.keySet());
        if (name != null && byName.get(name).size() == 1) {
            return byName.get(name).get(0).code();
        }
        if (name == null) {
            // no unit of that code or name: the store refuses it, after the user's right to write (a viewer hears
            // that it may not write, not that the unit is unknown)
            return given;
        }
        String list = String.join("; ", byName.get(name).stream().map(u -> u.code() + " (" + u.name() + ", "
                + u.province() + ")").toList());
        throw new OperatorError(Msg.t("unit.ambiguous", given, list));
    }

    /** The error of a command that cannot work without the store. */
    static OperatorError needsStore(String command) {
        return new OperatorError(Msg.t("store.needed", command));
    }

    /** Writes a file the operator named, whole or not at all (a temporary file moved into place), and says so. */
    static void writeFile(org.apache.felix.service.command.CommandSession session, String name, String text)
            throws java.io.IOException {
        java.nio.file.Path out = path(session, name).toAbsolutePath();
        java.nio.file.Path folder = out.getParent();
        if (java.nio.file.Files.isDirectory(out)) {
            throw new OperatorError(Msg.t("output.isFolder", name));
        }
        if (folder == null || !java.nio.file.Files.isDirectory(folder)) {
            throw new OperatorError(Msg.t("output.noFolder", name, folder));
        }
        if (!java.nio.file.Files.isWritable(folder)) {
            throw new OperatorError(Msg.t("output.notWritable", name, folder));
        }
        java.nio.file.Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try {
            java.nio.file.Files.writeString(tmp, text, java.nio.charset.StandardCharsets.UTF_8);
            java.nio.file.Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            java.nio.file.Files.deleteIfExists(tmp);
            throw new OperatorError(Msg.t("output.failed", name, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
        System.out.println(Msg.t("file.wrote", out));
    }

    /** A moment as tables show it: 2026-11-24 16:08:27 (UTC, as stored). */
    static String at(java.time.Instant at) {
        String iso = at.toString().substring(0, 19).replace('T', ' ');
        return Msg.vi() ? iso.substring(8, 10) + "/" + iso.substring(5, 7) + "/" + iso.substring(0, 4) + iso.substring(10)
                : iso;
    }

    /** {@code --as-of DATE}, else the configured today. */
    static java.time.LocalDate asOf(Cli.Parsed a, vn.pcmt.api.Clock clock) {
        String s = a.opt("as-of");
        if (s == null) {
            return clock.today();
        }
        return Dates.parse("--as-of", s);
    }

    /** The {@code --plan} option: null for all plans, else an id that must exist. */
    static String planOption(PlanRegistry registry, Cli.Parsed a) {
        String id = a.opt("plan");
        return id == null ? null : plan(registry, id).summary().id();
    }

    /** "Unknown KIND "value". Did you mean: …? Known: …" for any kind of id. */
    static OperatorError unknown(String kind, String value, java.util.Collection<String> known) {
        String k = Msg.or("kind." + kind, kind);
        if (known.isEmpty()) {
            return new OperatorError(Msg.t("unknown.none", k, value));
        }
        List<String> close = vn.pcmt.api.text.Text.closest(value, known);
        if (close.size() < known.size()) {
            return new OperatorError(Msg.t("unknown.close", k, value,
                    String.join(", ", close.subList(0, Math.min(8, close.size())))));
        }
        return new OperatorError(Msg.t("unknown.known", k, value, String.join(", ", known.stream()
                .sorted().limit(40).toList()) + (known.size() > 40 ? ", …" : "")));
    }

    static OperatorError unknownPlan(PlanRegistry registry, String id) {
        List<String> all = registry.plans().stream().map(p -> p.summary().id()).collect(Collectors.toList());
        if (all.isEmpty()) {
            return new OperatorError(Msg.t("plan.unknown.none", id));
        }
        List<String> close = registry.closeMatches(id);
        String hint = close.size() < all.size() ? " " + Msg.t("didYouMean", String.join(", ", close)) : "";
        return new OperatorError(Msg.t("plan.unknown", id) + hint + " " + Msg.t("plan.loaded", String.join(", ", all)));
    }

    static String agencyName(Plan p, String id) {
        return p.agency(id).map(a -> a.name()).orElse(id);
    }

    static String due(Assignment a) {
        if (a.due() != null) {
            return Dates.show(a.due().date());
        }
        if (a.recurrence() != null) {
            return a.recurrence().frequency().vietnamese();
        }
        return "";
    }

    static String deadline(Target t) {
        if (t.deadline() == null) {
            return t.recurrence() != null ? t.recurrence().vietnamese() : "";
        }
        return t.deadline().year() + (t.deadline().implied() ? " " + Msg.t("deadline.implied") : "");
    }

    static Map<String, Object> target(Plan p, Target t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan", p.id());
        m.put("id", t.id());
        m.put("section", t.ref().section());
        m.put("line", t.ref().line());
        m.put("indicator", t.indicator());
        m.put("comparator", t.comparator().code());
        m.put("value", t.value());
        m.put("valueMax", t.valueMax());
        m.put("unit", t.unit().code());
        m.put("measure", t.measure().code());
        m.put("of", t.of());
        m.put("deadline", t.deadline() == null ? null : t.deadline().year());
        m.put("deadlineImplied", t.deadline() != null && t.deadline().implied());
        m.put("recurrence", t.recurrence() == null ? null : t.recurrence().code());
        m.put("baselineStated", t.baseline() == null ? null : t.baseline().stated());
        m.put("areas", t.areas());
        m.put("text", t.text());
        return m;
    }

    static Map<String, Object> assignment(Plan p, Assignment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan", p.id());
        m.put("id", a.id());
        m.put("section", a.ref().section());
        m.put("line", a.ref().line());
        m.put("agency", a.agency());
        m.put("agencyName", agencyName(p, a.agency()));
        m.put("role", a.role().code());
        m.put("with", a.with());
        m.put("due", a.due() == null ? null : a.due().date().toString());
        m.put("dueText", a.due() == null ? null : a.due().text());
        m.put("recurrence", a.recurrence() == null ? null : a.recurrence().frequency().code());
        m.put("areas", a.areas());
        m.put("text", a.text());
        return m;
    }

    /** The deployed area {@code code} names: its code, or its Vietnamese or English name, diacritics ignored. */
    static vn.pcmt.api.AreaDefinition area(vn.pcmt.api.PlanRegistry registry, String code) {
        java.util.Map<String, java.util.List<String>> known = Names.index(registry.areas(),
                vn.pcmt.api.AreaDefinition::code, d -> java.util.Arrays.asList(d.area().nameVi(), d.area().nameEn()));
        String found = Names.one("area", code, known);
        return registry.areas().stream().filter(d -> d.code().equals(found)).findFirst().orElseThrow();
    }
}
