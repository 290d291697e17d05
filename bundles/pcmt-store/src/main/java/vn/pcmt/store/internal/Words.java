package vn.pcmt.store.internal;

import vn.pcmt.api.i18n.Catalogue;

/**
 * What the store says to an operator (refusals, import reports, corrections, progress notes), in the operator's
 * language: the catalogues {@code messages_vi.properties} and {@code messages_en.properties} beside this class.
 * Logs for developers stay English.
 */
final class Words {
    private static final java.util.function.Supplier<Catalogue> CATALOGUE = Catalogue.lazy(Words.class,
            "vn/pcmt/store/internal/messages");

    private Words() {}

    static String t(String key, Object... args) {
        return CATALOGUE.get().t(key, args);
    }

    static Catalogue catalogue() {
        return CATALOGUE.get();
    }
}
