package vn.pcmt.shell.internal;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import vn.pcmt.api.ProgressStore;
import vn.pcmt.api.StoreException;

/** {@code unit:retire}: a unit no longer in force after a day (merged, or imported by mistake); never deleted. */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = RetireCommand.class, property = {
    "osgi.command.scope=unit", "osgi.command.function=retire"})
public final class RetireCommand {
    static final Cli RETIRE = new Cli("unit:retire", "a unit no longer in force after a day (audited); it is kept,"
            + " since figures and recognitions refer to it")
            .opt("date", "DATE", "its last day in force (dd/mm/yyyy or YYYY-MM-DD)").opt("note", "TEXT", "why")
            .arg("CODE", "unit code (see unit:list)");

    private final ProgressStore store;

    @Activate
    public RetireCommand(@Reference ProgressStore store) {
        this.store = store;
    }

    @Descriptor("retire a unit from a day")
    public void retire(CommandSession session, @Descriptor("CODE --date D [--note TEXT]") String... args)
            throws StoreException {
        Cli.Parsed a = RETIRE.parse(args, System.out);
        if (a == null) {
            return;
        }
        String code = Views.unitCode(store, a.arg(0));
        java.time.LocalDate to = ProgressCommands.date(RETIRE, a);
        store.retireUnit(code, to, a.opt("note"));
        System.out.println(Msg.t("unit.retired", code, to));
    }
}
