package vn.pcmt.security.internal;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Enables {@link Consoles} in an interactive console only (framework property {@code pcmt.channel=local}). */
@Component(immediate = true, configurationPolicy = org.osgi.service.component.annotations.ConfigurationPolicy.IGNORE)
public final class ConsoleSwitch {
    @Activate
    void activate(ComponentContext context) {
        if ("local".equals(context.getBundleContext().getProperty("pcmt.channel"))) {
            context.enableComponent(Consoles.class.getName());
        }
    }
}
