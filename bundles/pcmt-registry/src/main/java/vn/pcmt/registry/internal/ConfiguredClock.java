package vn.pcmt.registry.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import vn.pcmt.api.Clock;

/** Today: the framework property {@code pcmt.today} (ISO date) when set, for reproducible demos; else the system date. */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = Clock.class)
public final class ConfiguredClock implements Clock {
    private final LocalDate fixed;

    @Activate
    public ConfiguredClock(BundleContext context) {
        String today = context.getProperty("pcmt.today");
        LocalDate d = null;
        if (today != null && !today.isBlank()) {
            try {
                d = LocalDate.parse(today.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("pcmt.today \"" + today + "\" is not a date YYYY-MM-DD", e);
            }
        }
        this.fixed = d;
    }

    @Override
    public LocalDate today() {
        return fixed != null ? fixed : LocalDate.now();
    }
}
