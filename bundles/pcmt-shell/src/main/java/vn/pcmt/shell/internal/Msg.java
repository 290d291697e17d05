package vn.pcmt.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The console's words: message catalogues {@code messages_vi.properties} (the default) and
 * {@code messages_en.properties}, UTF-8. The language is the framework property {@code pcmt.lang}
 * ({@code ./pcmt -D pcmt.lang=en}), else {@code lang} in {@code CONFIG/console.properties}, else Vietnamese. JSON
 * output never goes through here: its keys and codes stay English.
 */
final class Msg {
    static final String BASE = "vn.pcmt.shell.internal.messages";

    private Msg() {}

    /** "vi" or "en". */
    static String lang() {
        return catalogue().language();
    }

    static boolean vi() {
        return lang().equals("vi");
    }

    private static volatile vn.pcmt.api.i18n.Catalogue catalogue;

    /** The catalogue in the operator's language, by the rule every bundle uses (Catalogue.of). */
    static vn.pcmt.api.i18n.Catalogue catalogue() {
        vn.pcmt.api.i18n.Catalogue c = catalogue;
        if (c == null) {
            c = catalogue = vn.pcmt.api.i18n.Catalogue.of(Msg.class, BASE.replace('.', '/'));
        }
        return c;
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

    /** The text of {@code key} with {0}, {1} … replaced by {@code args} (a date as dd/mm/yyyy in Vietnamese). */
    static String t(String key, Object... args) {
        return catalogue().t(key, args);
    }

    /** The catalogue's text for {@code key} when it has one, else {@code fallback} (for commands not yet moved). */
    static String or(String key, String fallback) {
        return catalogue().or(key, fallback);
    }

    static boolean has(String key) {
        return catalogue().has(key);
    }

    static String fill(String s, Object... args) {
        return catalogue().fill(s, args);
    }

    /** A status or other stable English code as the operator reads it: {@code status.CODE}, else the code. */
    static String code(String family, String code) {
        return code == null ? "" : or(family + "." + code, code);
    }
}
