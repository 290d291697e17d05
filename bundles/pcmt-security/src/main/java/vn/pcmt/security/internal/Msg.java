package vn.pcmt.security.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The words of the user:* commands: {@code messages_vi.properties} (the default) and {@code messages_en.properties}
 * beside this class, UTF-8. The language is chosen as the shell's: the framework property {@code pcmt.lang}, else
 * {@code lang} in {@code CONFIG/console.properties}, else Vietnamese.
 */
final class Msg {
    private static volatile Properties words;

    private Msg() {}

    /** "vi" or "en". */
    static String lang() {
        String l = property("pcmt.lang");
        String config = property("pcmt.config");
        if (l == null && config != null && Files.isRegularFile(Path.of(config, "console.properties"))) {
            Properties p = new Properties();
            try (var r = Files.newBufferedReader(Path.of(config, "console.properties"), StandardCharsets.UTF_8)) {
                p.load(r);
                l = p.getProperty("lang");
            } catch (IOException e) {
                l = null; // an unreadable setting leaves the default
            }
        }
        return l != null && l.trim().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "vi";
    }

    private static String property(String name) {
        Bundle b = FrameworkUtil.getBundle(Msg.class);
        BundleContext c = b == null ? null : b.getBundleContext();
        String v = c != null ? c.getProperty(name) : System.getProperty(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** The catalogue of one language (no fallback between languages: a missing key is a bug). */
    static Properties load(String language) {
        String name = "messages_" + language + ".properties";
        try (InputStream in = Msg.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no catalogue " + name);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of {@code key} with {0}, {1} … replaced by {@code args}; the key itself when it is missing. */
    static String t(String key, Object... args) {
        Properties w = words;
        if (w == null) {
            w = words = load(lang());
        }
        String s = w.getProperty(key, key);
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }
}
