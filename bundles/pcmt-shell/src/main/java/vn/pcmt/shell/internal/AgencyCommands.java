package vn.pcmt.shell.internal;

import java.util.List;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.PlanRegistry.AgencyUse;

/** {@code agency:list}: the bodies named across plans, canonical ones merged under one id. */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = AgencyCommands.class, property = {"osgi.command.scope=agency", "osgi.command.function=list"})
public final class AgencyCommands {
    static final Cli LIST = new Cli("agency:list", "the bodies the plans give duties to; a canonical id (such as"
            + " cong-an-tinh) is the same body in every plan, whatever each document calls it")
            .opt("plan", "ID", "only this plan").flag("canonical", "only canonical agencies").format();

    private final PlanRegistry registry;

    @Activate
    public AgencyCommands(@Reference PlanRegistry registry) {
        this.registry = registry;
    }

    @Descriptor("list agencies across plans")
    public void list(CommandSession session, @Descriptor("[--plan ID] [--canonical] [--format table|json]")
            String... args) {
        Cli.Parsed a = LIST.parse(args, System.out);
        if (a == null) {
            return;
        }
        List<AgencyUse> uses = registry.agencies(Views.planOption(registry, a)).stream()
                .filter(u -> !a.flag("canonical") || u.canonical()).toList();
        if (a.json()) {
            JsonOut.print(System.out, uses); // the registry's records: same keys as the record's components
            return;
        }
        Table t = Table.h("ID", "CANONICAL", "KIND", "NAME", "PLANS", "LEAD", "COORD", "REQ", "AS PRINTED")
                .max(3, 40).max(4, 40).max(8, 60);
        for (AgencyUse u : uses) {
            t.row(u.id(), u.canonical() ? Msg.t("yes") : "", u.kind(), u.name(), String.join(", ", u.plans()), u.lead(),
                    u.coordinate(), u.requested(), String.join(" | ", u.printedNames()));
        }
        t.print(System.out);
        System.out.println(Msg.t("agency.count", uses.size()));
    }
}
