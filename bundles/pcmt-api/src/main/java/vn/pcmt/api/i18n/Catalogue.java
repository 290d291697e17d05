package vn.pcmt.api.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * A bundle's message catalogue in the operator's language: {@code BASE_vi.properties} or {@code BASE_en.properties},
 * UTF-8 (no fallback between languages: a key missing in one is a bug, which each bundle's tests look for).
 * Placeholders {@code {0}}, {@code {1}} … take the arguments as text ({@code String.valueOf}, so a year stays 2026,
 * not "2.026" as MessageFormat would write it in Vietnamese); a {@link LocalDate} is written dd/mm/yyyy in Vietnamese
 * and ISO in English.
 */
public final class Catalogue {
    private final ResourceBundle bundle;
    private final String language;

    private Catalogue(ResourceBundle bundle, String language) {
        this.bundle = bundle;
        this.language = language;
    }

    /**
     * "vi" or "en": the property {@code pcmt.lang} ({@code ./pcmt -D pcmt.lang=en}), else {@code lang} in
     * {@code console.properties} of the settings folder (property {@code pcmt.config}), else Vietnamese.
     * {@code property} answers framework properties (a bundle context's, else the system's).
     */
    public static String language(UnaryOperator<String> property) {
        String l = blankToNull(property.apply("pcmt.lang"));
        if (l == null) {
            String config = blankToNull(property.apply("pcmt.config"));
            if (config != null) {
                Path f = Path.of(config, "console.properties");
                if (Files.isRegularFile(f)) {
                    Properties p = new Properties();
                    try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                        p.load(r);
                        l = blankToNull(p.getProperty("lang"));
                    } catch (IOException | IllegalArgumentException e) {
                        l = null; // an unreadable setting leaves the default
                    }
                }
            }
        }
        return l != null && l.trim().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "vi";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * The catalogue {@code base} beside {@code anchor} (its class loader) in the operator's language, asked of
     * {@code anchor}'s bundle (its framework's properties), else of the system properties (outside a framework).
     */
    public static Catalogue of(Class<?> anchor, String base) {
        return load(anchor.getClassLoader(), base, language(name -> property(anchor, name)));
    }

    /**
     * {@link #of} on first use, then the same catalogue: what a bundle's message holder keeps in a static field
     * (the language is asked once, when the first message is needed, not when the class loads).
     */
    public static java.util.function.Supplier<Catalogue> lazy(Class<?> anchor, String base) {
        return new java.util.function.Supplier<>() {
            private volatile Catalogue c;

            @Override
            public Catalogue get() {
                Catalogue v = c;
                if (v == null) {
                    v = c = of(anchor, base);
                }
                return v;
            }
        };
    }

    private static String property(Class<?> anchor, String name) {
        try {
            org.osgi.framework.Bundle b = org.osgi.framework.FrameworkUtil.getBundle(anchor);
            org.osgi.framework.BundleContext c = b == null ? null : b.getBundleContext();
            if (c != null) {
                return c.getProperty(name);
            }
        } catch (NoClassDefFoundError e) {
            // no OSGi API on the class path (bench/store.sh runs the store on a plain class path)
        }
        return System.getProperty(name);
    }

    /** The catalogue {@code base} (a resource name such as {@code vn/pcmt/store/internal/messages}) in {@code language}. */
    public static Catalogue load(ClassLoader loader, String base, String language) {
        String name = base + "_" + language + ".properties";
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new MissingResourceException("no catalogue " + name, base, "");
            }
            return new Catalogue(new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)), language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String language() {
        return language;
    }

    public boolean vietnamese() {
        return language.equals("vi");
    }

    /** The text of {@code key} with its placeholders filled; the key itself when missing (visible, greppable). */
    public String t(String key, Object... args) {
        String s;
        try {
            s = bundle.getString(key);
        } catch (MissingResourceException e) {
            s = key;
        }
        return fill(s, args);
    }

    /** The catalogue's text for {@code key} when it has one, else {@code fallback}. */
    public String or(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Every key (for the tests that compare two languages). */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }

    /** {@code s} with {0}, {1} … replaced by {@code args}; other braces are left as they are. */
    public String fill(String s, Object... args) {
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

    private String format(Object o) {
        if (o instanceof LocalDate d) {
            return vietnamese() ? String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())
                    : d.toString();
        }
        return String.valueOf(o);
    }
}
