package vn.pcmt.shell.internal;

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
import vn.pcmt.api.Numbers;
import vn.pcmt.api.ProgressStore;
import vn.pcmt.api.ProgressStore.Figure;
import vn.pcmt.api.StoreException;

/** {@code indicator:record/import/history/rollup}: the figures recorded against the plans' targets. */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = FigureCommands.class, property = {"osgi.command.scope=indicator", "osgi.command.function=record",
    "osgi.command.function=import", "osgi.command.function=history", "osgi.command.function=rollup"})
public final class FigureCommands {
    static final Cli RECORD = new Cli("indicator:record", "record an actual figure for a target and period (audited)")
            .opt("unit", "CODE", "the unit it is for (default: the whole province)").opt("note", "TEXT", "source, remark")
            .arg("PLAN", "plan id").arg("TARGET", "target id (see indicator:list --plan PLAN)")
            .arg("PERIOD", "2026 (year) or 2026-H1 / 2026-H2 (half-year)").arg("VALUE", "a number");
    static final Cli IMPORT = new Cli("indicator:import", "import figures from CSV (plan,target,period,value[,unit,note]):"
            + " any bad row and nothing is written; every bad row is listed with its line").arg("FILE", "a CSV file");
    static final Cli HISTORY = new Cli("indicator:history", "every value recorded for a target, with who and when")
            .format().arg("PLAN", "plan id").arg("TARGET", "target id");

    static final Cli ROLLUP = new Cli("indicator:rollup", "a target's unit-level figures over all units, per period:"
            + " summed for counts, averaged for shares; with --indicator, over every loaded plan").format()
            .opt("indicator", "CODE", "roll one indicator up over every plan measuring it (a national roll-up)")
            .optionalArg("PLAN", "plan id").optionalArg("TARGET", "target id");

    private final ProgressStore store;

    @Activate
    public FigureCommands(@Reference ProgressStore store) {
        this.store = store;
    }

    @Descriptor("record a figure")
    public void record(CommandSession session, @Descriptor("PLAN TARGET PERIOD VALUE [--unit CODE] [--note TEXT]")
            String... args) throws StoreException {
        Cli.Parsed a = RECORD.parse(args, System.out);
        if (a == null) {
            return;
        }
        String unit = Views.unitCode(store, a.opt("unit"));
        store.record(a.arg(0), a.arg(1), a.arg(2), a.arg(3), unit, a.opt("note"));
        System.out.println(unit == null ? Msg.t("figure.recorded", a.arg(0), a.arg(1), a.arg(2), a.arg(3))
                : Msg.t("figure.recordedUnit", a.arg(0), a.arg(1), a.arg(2), a.arg(3), unit));
    }

    @Descriptor("import figures from CSV")
    public void _import(CommandSession session, @Descriptor("FILE") String... args) throws StoreException {
        Cli.Parsed a = IMPORT.parse(args, System.out);
        if (a == null) {
            return;
        }
        ProgressStore.ImportResult r = store.importFigures(Views.path(session, a.arg(0)));
        System.out.println(Msg.t(r.rows() == 1 ? "figure.importedOne" : "figure.imported", r.rows(), r.file()));
    }

    @Descriptor("history of a target's figures")
    public void history(CommandSession session, @Descriptor("PLAN TARGET") String... args) throws StoreException {
        Cli.Parsed a = HISTORY.parse(args, System.out);
        if (a == null) {
            return;
        }
        List<Figure> h = store.history(a.arg(0), a.arg(1));
        if (a.json()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Figure f : h) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("period", f.period());
                m.put("unit", f.unit());
                m.put("value", f.value());
                m.put("note", f.note());
                m.put("operator", f.operator());
                m.put("at", f.at().toString());
                rows.add(m);
            }
            JsonOut.print(System.out, rows);
            return;
        }
        if (h.isEmpty()) {
            System.out.println(Msg.t("figure.none", a.arg(0), a.arg(1)));
            return;
        }
        Table t = Table.h("PERIOD", "UNIT", "VALUE", "BY", "AT", "NOTE").max(5, 60);
        for (Figure f : h) {
            t.row(f.period(), f.unit(), Numbers.format(f.value()), f.operator(),
                    Views.at(f.at()), f.note() == null ? "" : f.note());
        }
        t.print(System.out);
    }

    @Descriptor("roll a target's unit figures up by period")
    public void rollup(CommandSession session, @Descriptor("PLAN TARGET | --indicator CODE") String... args)
            throws StoreException {
        Cli.Parsed a = ROLLUP.parse(args, System.out);
        if (a == null) {
            return;
        }
        String indicator = a.opt("indicator");
        if (indicator != null && a.arg(0) != null) {
            throw ROLLUP.usageError("give PLAN TARGET or --indicator CODE, not both");
        }
        if (indicator == null && a.arg(1) == null) {
            throw ROLLUP.usageError("missing argument " + (a.arg(0) == null ? "PLAN" : "TARGET"));
        }
        List<ProgressStore.Rollup> r = indicator != null ? store.rollupIndicator(indicator)
                : store.rollup(a.arg(0), a.arg(1));
        if (a.json()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ProgressStore.Rollup x : r) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("period", x.period());
                m.put("value", x.value());
                m.put("units", x.units());
                rows.add(m);
            }
            JsonOut.print(System.out, rows);
            return;
        }
        if (r.isEmpty()) {
            System.out.println("No unit-level figures for " + (indicator != null ? "indicator " + indicator
                    : a.arg(0) + " " + a.arg(1)) + ".");
            return;
        }
        Table t = new Table("PERIOD", "VALUE", "UNITS");
        r.forEach(x -> t.row(x.period(), Numbers.format(Math.round(x.value() * 100) / 100.0), x.units()));
        t.print(System.out);
    }
}
