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
import vn.pcmt.api.OperatorError;
import vn.pcmt.api.ProgressStore;
import vn.pcmt.api.ProgressStore.AuditEntry;
import vn.pcmt.api.StoreException;

/** {@code audit:list}: every change, with time, operator and old and new value. */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = AuditCommands.class, property = {"osgi.command.scope=audit", "osgi.command.function=list",
        "osgi.command.function=verify"})
public final class AuditCommands {
    static final Cli LIST = new Cli("audit:list", "the audit log: every status, figure, import, recognition and plan"
            + " load or unload, with time, operator, old and new value")
            .opt("since", "DATE", "only from this day (dd/mm/yyyy or YYYY-MM-DD)").format();

    private final ProgressStore store;

    @Activate
    public AuditCommands(@Reference ProgressStore store) {
        this.store = store;
    }

    @Descriptor("show the audit log")
    public void list(CommandSession session, @Descriptor("[--since DATE] [--format table|json]") String... args)
            throws StoreException {
        Cli.Parsed a = LIST.parse(args, System.out);
        if (a == null) {
            return;
        }
        // dd/mm/yyyy, d/m/yyyy or ISO, as every other date option (Dates)
        LocalDate since = a.opt("since") == null ? null : Dates.parse("--since", a.opt("since"));
        List<AuditEntry> entries = store.audit(since);
        if (a.json()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (AuditEntry e : entries) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", e.id());
                m.put("at", e.at().toString());
                m.put("operator", e.operator());
                m.put("channel", e.channel());
                m.put("action", e.action());
                m.put("subject", e.subject());
                m.put("old", e.oldValue());
                m.put("new", e.newValue());
                rows.add(m);
            }
            JsonOut.print(System.out, rows);
            return;
        }
        if (entries.isEmpty()) {
            System.out.println(since == null ? Msg.t("audit.empty") : Msg.t("audit.emptySince", since));
            return;
        }
        Table t = Table.h("ID", "AT", "OPERATOR", "CHANNEL", "ACTION", "SUBJECT", "OLD", "NEW").max(5, 40).max(6, 30)
                .max(7, 40);
        for (AuditEntry e : entries) {
            t.row(e.id(), Views.at(e.at()), e.operator(), e.channel(), e.action(), e.subject(),
                    e.oldValue() == null ? "" : e.oldValue(), e.newValue() == null ? "" : e.newValue());
        }
        t.print(System.out);
    }

    static final Cli VERIFY = new Cli("audit:verify", "checks the audit's hash chain: names the first entry that was"
            + " changed or removed since it was written").format();

    @Descriptor("check that no audit entry was changed or removed")
    public void verify(CommandSession session, @Descriptor("[--format table|json]") String... args)
            throws StoreException {
        Cli.Parsed a = VERIFY.parse(args, System.out);
        if (a == null) {
            return;
        }
        ProgressStore.AuditCheck c = store.verifyAudit();
        if (a.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("intact", c.firstBad() == null);
            m.put("entries", c.intact());
            m.put("firstBad", c.firstBad());
            m.put("problem", c.problem());
            m.put("head", c.headHash());
            JsonOut.print(System.out, m);
        } else if (c.firstBad() == null && c.problem() == null) {
            System.out.println(Msg.t("audit.intact", c.intact(), c.headHash()));
        }
        if (c.problem() != null) {
            // a failure, so batch runs exit non-zero
            throw new OperatorError(Msg.t("audit.tampered", c.problem(), c.intact()));
        }
    }
}
