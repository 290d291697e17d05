package vn.pcmt.shell.internal;

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

    private static final java.util.function.Supplier<vn.pcmt.api.i18n.Catalogue> CATALOGUE =
            vn.pcmt.api.i18n.Catalogue.lazy(Msg.class, BASE.replace('.', '/'));

    /** The catalogue in the operator's language, by the rule every bundle uses (Catalogue.of). */
    static vn.pcmt.api.i18n.Catalogue catalogue() {
        return CATALOGUE.get();
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
