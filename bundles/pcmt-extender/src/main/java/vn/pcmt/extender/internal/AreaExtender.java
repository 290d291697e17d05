package vn.pcmt.extender.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Hashtable;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pcmt.api.AreaDefinition;
import vn.pcmt.api.DomainArea;
import vn.pcmt.api.PlanException;

/**
 * The area half of the extender: every active bundle with a {@value #HEADER} header naming an area JSON entry gets
 * its {@link AreaDefinition} registered (with {@link DomainArea#AREA}); it goes when the bundle stops. Area bundles
 * are data, like plan bundles.
 */
@Component(service = {}, immediate = true)
public final class AreaExtender {
    public static final String HEADER = "Pcmt-Area";
    private static final Logger LOG = LoggerFactory.getLogger(AreaExtender.class);

    private final BundleTracker<ServiceRegistration<?>> tracker;

    @Activate
    public AreaExtender(BundleContext context) {
        tracker = new BundleTracker<>(context, Bundle.ACTIVE, new BundleTrackerCustomizer<ServiceRegistration<?>>() {
            @Override
            public ServiceRegistration<?> addingBundle(Bundle bundle, BundleEvent event) {
                String entry = bundle.getHeaders("").get(HEADER);
                if (entry == null) {
                    return null;
                }
                String where = bundle.getSymbolicName() + "!/" + entry.trim();
                URL url = bundle.getEntry(entry.trim());
                try (InputStream in = url == null ? null : url.openStream()) {
                    if (in == null) {
                        LOG.error("Area bundle {} was not loaded: its {} header names no entry", bundle.getSymbolicName(), HEADER);
                        return null;
                    }
                    AreaDefinition area = AreaReader.read(in.readAllBytes(), where);
                    ServiceRegistration<?> reg = context.registerService(AreaDefinition.class, area,
                            new Hashtable<>(Map.of(DomainArea.AREA, area.code())));
                    LOG.info("Area {} loaded from {}: {} catalogue indicators", area.code(), bundle.getSymbolicName(),
                            area.indicators().size());
                    return reg;
                } catch (PlanException | IOException e) {
                    LOG.error("Area bundle {} was not loaded:\n{}", bundle.getSymbolicName(), e.getMessage());
                    return null;
                }
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, ServiceRegistration<?> reg) {
                // an area changes only by a bundle update, which stops and starts it
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, ServiceRegistration<?> reg) {
                try {
                    reg.unregister();
                } catch (IllegalStateException gone) {
                    // the framework is stopping
                }
                LOG.info("Area of bundle {} unloaded", bundle.getSymbolicName());
            }
        });
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }
}
