package vn.pcmt.security.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import vn.pcmt.api.i18n.Catalogue;

/**
 * The words of the user:* commands: {@code messages_vi.properties} (the default) and {@code messages_en.properties}
 * beside this class, UTF-8, in the language every bundle uses ({@link Catalogue#language}).
 */
final class Msg {
    private static volatile Catalogue words;

    private Msg() {}

    /** "vi" or "en". */
    static String lang() {
        return Catalogue.language(Msg::property);
    }

    private static String property(String name) {
        Bundle b = FrameworkUtil.getBundle(Msg.class);
        BundleContext c = b == null ? null : b.getBundleContext();
        return c != null ? c.getProperty(name) : System.getProperty(name);
    }

    /** The catalogue of one language (no fallback between languages: a missing key is a bug). */
    static Catalogue load(String language) {
        return Catalogue.load(Msg.class.getClassLoader(), "vn/pcmt/security/internal/messages", language);
    }

    /** The text of {@code key} with {0}, {1} … replaced by {@code args}; the key itself when it is missing. */
    static String t(String key, Object... args) {
        Catalogue w = words;
        if (w == null) {
            w = words = load(lang());
        }
        return w.t(key, args);
    }
}
