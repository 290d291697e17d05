package vn.pcmt.store.internal;

import vn.pcmt.api.i18n.Catalogue;

/**
 * What the store says to an operator (refusals, import reports, corrections, progress notes), in the operator's
 * language: the catalogues {@code messages_vi.properties} and {@code messages_en.properties} beside this class.
 * Logs for developers stay English.
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
            c = catalogue = Catalogue.of(Words.class, "vn/pcmt/store/internal/messages");
        }
        return c;
    }
}
