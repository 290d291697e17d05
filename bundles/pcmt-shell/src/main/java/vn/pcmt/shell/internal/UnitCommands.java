package vn.pcmt.shell.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import vn.pcmt.api.Clock;
import vn.pcmt.api.OperatorError;
import vn.pcmt.api.ProgressStore;
import vn.pcmt.api.ProgressStore.AdminUnit;
import vn.pcmt.api.StoreException;

/**
 * The {@code unit:*} commands: administrative units ({@code import}, {@code list}, {@code retire}) and their
 * drug-free recognitions ({@code recognize}, {@code withdraw}).
 */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = UnitCommands.class, property = {"osgi.command.scope=unit",
    "osgi.command.function=import", "osgi.command.function=list", "osgi.command.function=recognize",
    "osgi.command.function=withdraw", "osgi.command.function=retire"})
public final class UnitCommands {
    static final Cli UNIT_IMPORT = new Cli("unit:import", "import administrative units from CSV"
            + " (code,province,name,kind[,effective_from,effective_to,predecessors]); all rows or none")
            .arg("FILE", "a CSV file, UTF-8, with a header line");
    static final Cli UNIT_LIST = new Cli("unit:list", "administrative units, with recognition as drug-free today")
            .opt("province", "NAME", "only this province (e.g. \"Hưng Yên\")")
            .opt("as-of", "DATE", "recognition state on this day").format();
    static final Cli RECOGNIZE = new Cli("unit:recognize", "record a commune's recognition as drug-free by decision"
            + " (the drug-free share and count are computed from these)")
            .opt("date", "DATE", "the decision's date (dd/mm/yyyy or YYYY-MM-DD)").opt("decision", "TEXT", "the decision, e.g."
                    + " \"Quyết định số 12/QĐ-UBND\"").arg("CODE", "unit code (see unit:list)").arg("STATUS", "drug-free");
    static final Cli WITHDRAW = new Cli("unit:withdraw", "withdraw a commune's recognition as drug-free from a date,"
            + " or undo a recognition entered by mistake (--recognition)")
            .opt("date", "DATE", "from when (dd/mm/yyyy or YYYY-MM-DD)").opt("decision", "TEXT", "the withdrawal decision")
            .opt("recognition", "TEXT", "the recognition's decision (or part of it): void it from its own date")
            .arg("CODE", "unit code").arg("STATUS", "drug-free");

    static final Cli RETIRE = new Cli("unit:retire", "a unit no longer in force after a day (audited); it is kept,"
            + " since figures and recognitions refer to it")
            .opt("date", "DATE", "its last day in force (dd/mm/yyyy or YYYY-MM-DD)").opt("note", "TEXT", "why")
            .arg("CODE", "unit code (see unit:list)");

    private final ProgressStore store;
    private final Clock clock;

    @Activate
    public UnitCommands(@Reference ProgressStore store, @Reference Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Gogo calls {@code unit:import} through this method ("import" is a Java keyword). */
    @Descriptor("import units from CSV")
    public void _import(CommandSession session, @Descriptor("FILE") String... args) throws StoreException {
        Cli.Parsed a = UNIT_IMPORT.parse(args, System.out);
        if (a == null) {
            return;
        }
        ProgressStore.ImportResult r = store.importUnits(Views.path(session, a.arg(0)));
        System.out.println(Msg.t("unit.imported", r.rows(), r.file()));
    }

    @Descriptor("list units")
    public void list(CommandSession session, @Descriptor("[--province NAME] [--as-of DATE]") String... args)
            throws StoreException {
        Cli.Parsed a = UNIT_LIST.parse(args, System.out);
        if (a == null) {
            return;
        }
        LocalDate asOf = Views.asOf(a, clock);
        String province = a.opt("province") == null ? null : province(a.opt("province"));
        List<AdminUnit> units = store.units(province);
        if (units.isEmpty()) {
            if (a.json()) {
                JsonOut.print(System.out, List.of());
                return;
            }
            System.out.println(province == null ? Msg.t("unit.none") : Msg.t("unit.noneIn", province));
            return;
        }
        Map<String, List<String>> free = new LinkedHashMap<>();
        for (AdminUnit u : units) {
            free.computeIfAbsent(u.province(), p -> {
                try {
                    return store.drugFree(p, asOf);
                } catch (StoreException e) {
                    throw new OperatorError(e.getMessage());
                }
            });
        }
        if (a.json()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (AdminUnit u : units) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", u.code());
                m.put("province", u.province());
                m.put("name", u.name());
                m.put("kind", u.kind());
                m.put("effectiveFrom", u.effectiveFrom() == null ? null : u.effectiveFrom().toString());
                m.put("predecessors", u.predecessors());
                m.put("drugFree", free.get(u.province()).contains(u.code()));
                rows.add(m);
            }
            JsonOut.print(System.out, rows);
            return;
        }
        Table t = Table.h("CODE", "PROVINCE", "NAME", "KIND", "FROM", "MERGED FROM", "DRUG-FREE");
        for (AdminUnit u : units) {
            t.row(u.code(), u.province(), u.name(), Msg.code("kind", u.kind()), u.effectiveFrom() == null ? ""
                    : u.effectiveFrom(), String.join(", ", u.predecessors()), free.get(u.province()).contains(u.code())
                    ? Msg.t("yes") : "");
        }
        t.print(System.out);
        free.forEach((p, f) -> System.out.println(Msg.t("unit.summary", p, f.size(),
                units.stream().filter(u -> u.province().equals(p)).count(), asOf)));
    }

    @Descriptor("recognize a commune as drug-free")
    public void recognize(CommandSession session, @Descriptor("CODE drug-free --date D --decision TEXT") String... args)
            throws StoreException {
        Cli.Parsed a = RECOGNIZE.parse(args, System.out);
        if (a == null) {
            return;
        }
        decision(RECOGNIZE, a);
        LocalDate d = date(RECOGNIZE, a);
        String code = Views.unitCode(store, a.arg(0));
        store.recognize(code, d, a.opt("decision"));
        System.out.println(Msg.t("unit.recognized", code, d, a.opt("decision")));
    }

    @Descriptor("withdraw a recognition")
    public void withdraw(CommandSession session, @Descriptor("CODE drug-free --date D --decision TEXT") String... args)
            throws StoreException {
        Cli.Parsed a = WITHDRAW.parse(args, System.out);
        if (a == null) {
            return;
        }
        decision(WITHDRAW, a);
        if (a.opt("recognition") != null) {
            if (a.opt("date") != null) {
                throw WITHDRAW.usageError(Msg.t("unit.withdrawDateOrRecognition"));
            }
            String code = Views.unitCode(store, a.arg(0));
            store.withdrawRecognition(code, a.opt("recognition"), a.opt("decision"));
            System.out.println(Msg.t("unit.recognitionVoid", code, a.opt("recognition")));
            return;
        }
        LocalDate d = date(WITHDRAW, a);
        String code = Views.unitCode(store, a.arg(0));
        store.withdraw(code, d, a.opt("decision"));
        System.out.println(Msg.t("unit.withdrawn", code, d));
    }

    @Descriptor("retire a unit from a day")
    public void retire(CommandSession session, @Descriptor("CODE --date D [--note TEXT]") String... args)
            throws StoreException {
        Cli.Parsed a = RETIRE.parse(args, System.out);
        if (a == null) {
            return;
        }
        String code = Views.unitCode(store, a.arg(0));
        java.time.LocalDate to = date(RETIRE, a);
        store.retireUnit(code, to, a.opt("note"));
        System.out.println(Msg.t("unit.retired", code, to));
    }

    private static void decision(Cli cli, Cli.Parsed a) {
        if (!"drug-free".equals(a.arg(1))) {
            throw cli.usageError(Msg.t("unit.onlyDrugFree", a.arg(1)));
        }
        if (a.opt("decision") == null) {
            throw cli.usageError(Msg.t("unit.decisionRequired"));
        }
    }

    static LocalDate date(Cli cli, Cli.Parsed a) {
        if (a.opt("date") == null) {
            throw cli.usageError(Msg.t("unit.dateRequired"));
        }
        LocalDate d = Dates.parseOrNull(a.opt("date"));
        if (d == null) {
            throw cli.usageError(Msg.t("date.bad", "--date", a.opt("date")));
        }
        return d;
    }

    /**
     * The province {@code name} designates among those with units and the country's 34 (one rule: case and
     * diacritics ignored, whole words): "hung yen" is Hưng Yên.
     */
    String province(String name) throws StoreException {
        java.util.Map<String, List<String>> known = new LinkedHashMap<>();
        for (AdminUnit u : store.units(null)) {
            known.putIfAbsent(u.province(), List.of());
        }
        for (String p : vn.pcmt.api.text.Text.provinces()) {
            known.putIfAbsent(p, List.of());
        }
        return Names.one("province", name, known);
    }
}
