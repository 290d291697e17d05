package vn.pcmt.shell.internal;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import vn.pcmt.api.ProgressStore;
import vn.pcmt.api.StoreException;

/** {@code indicator:unrecord}: a figure recorded by mistake removed; its value stays in the history and the audit. */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = UnrecordCommand.class, property = {
    "osgi.command.scope=indicator", "osgi.command.function=unrecord"})
public final class UnrecordCommand {
    static final Cli UNRECORD = new Cli("indicator:unrecord", "remove a figure recorded by mistake (audited; the old"
            + " value stays in indicator:history)")
            .opt("unit", "CODE", "the unit's figure, not the plan's own").opt("note", "TEXT", "why")
            .arg("PLAN", "plan id").arg("TARGET", "target id").arg("PERIOD", "2026 or 2026-H1");

    private final ProgressStore store;

    @Activate
    public UnrecordCommand(@Reference ProgressStore store) {
        this.store = store;
    }

    @Descriptor("remove a figure recorded by mistake")
    public void unrecord(CommandSession session, @Descriptor("PLAN TARGET PERIOD [--unit CODE] [--note TEXT]")
            String... args) throws StoreException {
        Cli.Parsed a = UNRECORD.parse(args, System.out);
        if (a == null) {
            return;
        }
        String unit = Views.unitCode(store, a.opt("unit"));
        double old = store.unrecord(a.arg(0), a.arg(1), a.arg(2), unit, a.opt("note"));
        System.out.println(Msg.t("figure.unrecorded", a.arg(0) + " " + a.arg(1) + " " + a.arg(2)
                + (unit == null ? "" : " " + unit), vn.pcmt.api.Numbers.format(old)));
    }
}
