package vn.pcmt.extender.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pcmt.api.AreaDefinition;
import vn.pcmt.api.DomainArea;
import vn.pcmt.api.PlanException;
import vn.pcmt.api.Problem;

/**
 * The area half of the extender: every active bundle with a {@value #HEADER} header naming an area JSON entry gets
 * its {@link AreaDefinition} registered (with {@link DomainArea#AREA}); it goes when the bundle stops. Area bundles
 * are data, like plan bundles.
 */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = {}, immediate = true)
public final class AreaExtender {
    public static final String HEADER = "Pcmt-Area";
    private static final Logger LOG = LoggerFactory.getLogger(AreaExtender.class);

    private final BundleTracker<ServiceRegistration<?>> tracker;

    @Activate
    public AreaExtender(BundleContext context) {
        CheckRecords checked = CheckRecords.of(context);
        tracker = new BundleTracker<>(context, Bundle.ACTIVE, new BundleTrackerCustomizer<ServiceRegistration<?>>() {
            @Override
            public ServiceRegistration<?> addingBundle(Bundle bundle, BundleEvent event) {
                String entry = bundle.getHeaders("").get(HEADER);
                if (entry == null) {
                    return null;
                }
                CheckRecord.BundleStamp stamp = CheckRecords.stamp(bundle);
                Optional<String> known = checked.area(bundle);
                if (known.isPresent()) {
                    // read at an earlier start and unchanged: offered now, read when a user first gets it
                    ServiceRegistration<?> reg = context.registerService(AreaDefinition.class,
                            new Later(bundle, entry.trim(), known.get()),
                            new Hashtable<>(Map.of(DomainArea.AREA, known.get())));
                    LOG.debug("Area {} registered from {} as read at an earlier start; read when first used",
                            known.get(), bundle.getSymbolicName());
                    return reg;
                }
                try {
                    AreaDefinition area = read(bundle, entry.trim());
                    checked.rememberArea(bundle, stamp, area.code());
                    ServiceRegistration<?> reg = context.registerService(AreaDefinition.class, area,
                            new Hashtable<>(Map.of(DomainArea.AREA, area.code())));
                    LOG.info("Area {} loaded from {}: {} catalogue indicators", area.code(), bundle.getSymbolicName(),
                            area.indicators().size());
                    return reg;
                } catch (PlanException e) {
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
                if (PlanExtender.stopping(context)) {
                    LOG.debug("Area of bundle {} unloaded: pcmt is stopping", bundle.getSymbolicName());
                } else {
                    LOG.info("Area of bundle {} unloaded", bundle.getSymbolicName());
                }
            }
        });
        tracker.open();
    }

    static AreaDefinition read(Bundle bundle, String entry) throws PlanException {
        String where = bundle.getSymbolicName() + "!/" + entry;
        URL url = bundle.getEntry(entry);
        if (url == null) {
            throw new PlanException(new Problem(where, 0, 0, "", "the bundle's " + HEADER + " header names no entry"));
        }
        try (InputStream in = url.openStream()) {
            return AreaReader.read(in.readAllBytes(), where);
        } catch (IOException e) {
            throw new PlanException(new Problem(where, 0, 0, "", "cannot read: " + e.getMessage()));
        }
    }

    /** The definition of an area bundle that passed at an earlier start, read when a user first gets it. */
    private static final class Later implements ServiceFactory<AreaDefinition> {
        private final Bundle bundle;
        private final String entry;
        private final String code;
        private AreaDefinition area;

        Later(Bundle bundle, String entry, String code) {
            this.bundle = bundle;
            this.entry = entry;
            this.code = code;
        }

        @Override
        public synchronized AreaDefinition getService(Bundle user, ServiceRegistration<AreaDefinition> reg) {
            if (area == null) {
                try {
                    AreaDefinition read = read(bundle, entry);
                    if (!read.code().equals(code)) {
                        LOG.error("Area bundle {} was registered as area {} but now reads as area {}; restart with"
                                + " --clean", bundle.getSymbolicName(), code, read.code());
                        return null;
                    }
                    area = read;
                } catch (PlanException e) {
                    // it passed before and its bundle has not changed: its entry cannot be read now
                    LOG.error("Area bundle {} passed at an earlier start but cannot be read now:\n{}",
                            bundle.getSymbolicName(), e.getMessage());
                    return null;
                }
            }
            return area;
        }

        @Override
        public void ungetService(Bundle user, ServiceRegistration<AreaDefinition> reg, AreaDefinition service) {
            // kept: the same definition for every user
        }
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }
}
