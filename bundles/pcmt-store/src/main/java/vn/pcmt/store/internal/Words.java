package vn.pcmt.store.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import vn.pcmt.api.i18n.Catalogue;

/**
 * What the store says to an operator (refusals, import reports, corrections), in the operator's language: the
 * catalogues {@code messages_vi.properties} and {@code messages_en.properties} beside this class, chosen by the rule
 * every bundle uses ({@link Catalogue#language}). Logs and exceptions for developers stay English.
 */
final class Words {
    private static volatile Catalogue catalogue;

    private Words() {}

    static String t(String key, Object... args) {
        return catalogue().t(key, args);
    }

    static Catalogue catalogue() {
        Catalogue c = catalogue;
        if (c == null) {
            c = catalogue = Catalogue.load(Words.class.getClassLoader(), "vn/pcmt/store/internal/messages",
                    Catalogue.language(Words::property));
        }
        return c;
    }

    private static String property(String name) {
        try {
            Bundle b = FrameworkUtil.getBundle(Words.class);
            BundleContext c = b == null ? null : b.getBundleContext();
            return c != null ? c.getProperty(name) : System.getProperty(name);
        } catch (NoClassDefFoundError e) {
            return System.getProperty(name); // outside a framework, without its API (bench/store.sh)
        }
    }
}
