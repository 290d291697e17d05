package vn.pcmt.shell.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import vn.pcmt.api.OperatorError;

/**
 * {@code feature:list}: the features, which this run started, and how many of each one's bundles are installed.
 * The launcher, which reads the feature files, offers them as data: a {@code Supplier} service with
 * {@code pcmt.data=features} giving one map per feature (name, description, bundles, requires, started), read when
 * this command asks.
 */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = FeatureCommands.class, property = {"osgi.command.scope=feature", "osgi.command.function=list"})
public final class FeatureCommands {
    static final Cli LIST = new Cli("feature:list", "list the features and what of each is installed").format();

    private final BundleContext context;

    @Activate
    public FeatureCommands(BundleContext context) {
        this.context = context;
    }

    @Descriptor("list features")
    public void list(CommandSession session, @Descriptor("[--format table|json]") String... args) {
        Cli.Parsed a = LIST.parse(args, System.out);
        if (a == null) {
            return;
        }
        Set<String> installed = new HashSet<>();
        for (Bundle b : context.getBundles()) {
            installed.add(b.getLocation());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        Table t = Table.h("FEATURE", "STARTED", "BUNDLES", "INSTALLED", "DESCRIPTION").max(4, 70);
        for (Map<String, Object> f : features()) {
            List<?> bundles = (List<?>) f.get("bundles");
            long in = bundles.stream().filter(installed::contains).count();
            Map<String, Object> m = new LinkedHashMap<>(f);
            m.put("installed", in);
            rows.add(m);
            t.row(f.get("name"), Boolean.TRUE.equals(f.get("started")) ? Msg.t("yes") : "", bundles.size(), in,
                    f.get("description"));
        }
        if (a.json()) {
            JsonOut.print(System.out, rows);
        } else {
            t.print(System.out);
        }
    }

    /** The launcher's feature data; an error when this framework was not started by pcmt's launcher. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> features() {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences(Supplier.class.getName(), "(pcmt.data=features)");
            if (refs != null) {
                Supplier<List<Map<String, Object>>> data = (Supplier<List<Map<String, Object>>>) context.getService(refs[0]);
                try {
                    return data.get();
                } finally {
                    context.ungetService(refs[0]);
                }
            }
        } catch (InvalidSyntaxException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
        throw new OperatorError(Msg.t("feature.noLauncher"));
    }
}
