package vn.pcmt.shell.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import vn.pcmt.api.OperatorError;

/**
 * {@code feature:list}: the features, which the launcher started, and how many of each one's bundles are installed.
 * The launcher, which reads the feature files, publishes them as framework properties: {@code pcmt.features}
 * (started), {@code pcmt.features.available}, {@code pcmt.feature.NAME.description} and
 * {@code pcmt.feature.NAME.bundles} (bundle locations).
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
        String available = context.getProperty("pcmt.features.available");
        if (available == null) {
            throw new OperatorError(Msg.t("feature.noLauncher"));
        }
        Set<String> started = new HashSet<>(split(context.getProperty("pcmt.features")));
        Set<String> installed = new HashSet<>();
        for (Bundle b : context.getBundles()) {
            installed.add(b.getLocation());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        Table t = Table.h("FEATURE", "STARTED", "BUNDLES", "INSTALLED", "DESCRIPTION").max(4, 70);
        for (String name : split(available)) {
            List<String> bundles = split(context.getProperty("pcmt.feature." + name + ".bundles"));
            String description = context.getProperty("pcmt.feature." + name + ".description");
            long in = bundles.stream().filter(installed::contains).count();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("started", started.contains(name));
            m.put("bundles", bundles);
            m.put("installed", in);
            m.put("description", description);
            rows.add(m);
            t.row(name, started.contains(name) ? Msg.t("yes") : "", bundles.size(), in, description);
        }
        if (a.json()) {
            JsonOut.print(System.out, rows);
        } else {
            t.print(System.out);
        }
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }
}
