package vn.pcmt.shell.internal;

import java.util.Arrays;
import org.apache.felix.service.command.Converter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;

/**
 * Lets Gogo commands that take bundles ({@code start}, {@code stop}, {@code headers} …) accept a bundle id or a
 * symbolic name ({@code stop area-supply}). gogo.jline brings an id-only converter, but only for the interactive
 * console; batch mode and scripts run without it.
 */
@Component(configurationPolicy = ConfigurationPolicy.IGNORE, service = Converter.class)
public final class BundleConverter implements Converter {
    private final BundleContext context;

    @Activate
    public BundleConverter(BundleContext context) {
        this.context = context;
    }

    @Override
    public Object convert(Class<?> desiredType, Object in) {
        if (desiredType != Bundle.class || in == null) {
            return null;
        }
        String s = in.toString().trim();
        if (s.matches("\\d+")) {
            return context.getBundle(Long.parseLong(s));
        }
        return Arrays.stream(context.getBundles()).filter(b -> s.equals(b.getSymbolicName())).findFirst().orElse(null);
    }

    @Override
    public CharSequence format(Object target, int level, Converter escape) {
        return null;
    }
}
