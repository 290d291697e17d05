package vn.pcmt.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The console's words: message catalogues {@code messages_vi.properties} (the default) and
 * {@code messages_en.properties}, UTF-8. The language is the framework property {@code pcmt.lang}
 * ({@code ./pcmt -D pcmt.lang=en}), else {@code lang} in {@code CONFIG/console.properties}, else Vietnamese. JSON
 * output never goes through here: its keys and codes stay English.
 */
final class Msg {
    static final String BASE = "vn.pcmt.shell.internal.messages";
    private static volatile ResourceBundle bundle;
    private static volatile String lang;

    private Msg() {}

    /** "vi" or "en". */
    static String lang() {
        String l = lang;
        if (l == null) {
            l = lang = resolveLang();
        }
        return l;
    }

    static boolean vi() {
        return lang().equals("vi");
    }

    private static String resolveLang() {
        String l = property("pcmt.lang");
        if (l == null) {
            String config = property("pcmt.config");
            if (config != null) {
                Path f = Path.of(config, "console.properties");
                if (Files.isRegularFile(f)) {
                    Properties p = new Properties();
                    try (var r = Files.newBufferedReader(f, java.nio.charset.StandardCharsets.UTF_8)) {
                        p.load(r);
                        l = p.getProperty("lang");
                    } catch (IOException e) {
                        l = null; // an unreadable setting leaves the default
                    }
                }
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

    static ResourceBundle bundle() {
        ResourceBundle r = bundle;
        if (r == null) {
            r = bundle = load(lang());
        }
        return r;
    }

    /** The catalogue of one language, read as UTF-8 (no fallback between languages: a missing key is a bug). */
    static ResourceBundle load(String language) {
        String name = BASE.replace('.', '/') + "_" + language + ".properties";
        try (InputStream in = Msg.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new MissingResourceException("no catalogue " + name, BASE, "");
            }
            return new java.util.PropertyResourceBundle(new java.io.InputStreamReader(in,
                    java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The text of {@code key} with {0}, {1} … replaced by {@code args}. */
    static String t(String key, Object... args) {
        String s;
        try {
            s = bundle().getString(key);
        } catch (MissingResourceException e) {
            s = key; // visible and greppable rather than an exception in front of an operator
        }
        return fill(s, args);
    }

    /** The catalogue's text for {@code key} when it has one, else {@code fallback} (for commands not yet moved). */
    static String or(String key, String fallback) {
        ResourceBundle r = bundle();
        return r.containsKey(key) ? r.getString(key) : fallback;
    }

    static boolean has(String key) {
        return bundle().containsKey(key);
    }

    static String fill(String s, Object... args) {
        if (args.length == 0 || s.indexOf('{') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 32);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int close = c == '{' ? s.indexOf('}', i) : -1;
            if (close > i + 1 && close <= i + 3 && Character.isDigit(s.charAt(i + 1))) {
                int n = Integer.parseInt(s.substring(i + 1, close));
                sb.append(n < args.length ? format(args[n]) : s.substring(i, close + 1));
                i = close;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String format(Object o) {
        if (o instanceof java.time.LocalDate d) {
            return Dates.show(d);
        }
        return String.valueOf(o);
    }

    /** A status or other stable English code as the operator reads it: {@code status.CODE}, else the code. */
    static String code(String family, String code) {
        return code == null ? "" : or(family + "." + code, code);
    }
}
