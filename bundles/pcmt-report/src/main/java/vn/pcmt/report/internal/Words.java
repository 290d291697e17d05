package vn.pcmt.report.internal;

import vn.pcmt.api.i18n.Catalogue;

/**
 * What report:build says to an operator when it cannot build (a bad period or folder, a write that failed), in the
 * operator's language: the catalogues {@code messages_vi.properties} and {@code messages_en.properties} beside this
 * class. The documents themselves are Vietnamese whatever the console's language (they are sent up as they are).
 */
final class Words {
    private static final java.util.function.Supplier<Catalogue> CATALOGUE = Catalogue.lazy(Words.class,
            "vn/pcmt/report/internal/messages");

    private Words() {}

    static String t(String key, Object... args) {
        return CATALOGUE.get().t(key, args);
    }
}
