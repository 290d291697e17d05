package vn.pcmt.draft.internal;

import java.util.function.Supplier;
import vn.pcmt.api.i18n.Catalogue;

/** The words of plan:draft: {@code messages_vi.properties} and {@code messages_en.properties} beside this class. */
final class Msg {
    static final String BASE = "vn/pcmt/draft/internal/messages";
    private static final Supplier<Catalogue> WORDS = Catalogue.lazy(Msg.class, BASE);

    private Msg() {}

    /** The text of {@code key} in the operator's language, {0}, {1} … filled; the key itself when missing. */
    static String t(String key, Object... args) {
        return WORDS.get().t(key, args);
    }
}
