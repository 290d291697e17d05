package vn.pcmt.draft.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import vn.pcmt.api.i18n.Catalogue;
import org.junit.jupiter.api.Test;

/** plan:draft's catalogues: the same keys in both languages, read as UTF-8, the usage in its language's words. */
class MsgTest {
    @Test
    void bothLanguagesHaveTheUsage() {
        Catalogue vi = Catalogue.load(Msg.class.getClassLoader(), Msg.BASE, "vi");
        Catalogue en = Catalogue.load(Msg.class.getClassLoader(), Msg.BASE, "en");
        assertEquals(new java.util.TreeSet<>(vi.keys()), new java.util.TreeSet<>(en.keys()));
        String v = vi.t(DraftCommand.USAGE);
        assertTrue(v.contains("Cách dùng: plan:draft") && v.contains("Tham số:") && v.contains("Tùy chọn:")
                && v.contains("hiện hướng dẫn này") && !v.contains("Usage"), v);
        String e = en.t(DraftCommand.USAGE);
        assertTrue(e.contains("Usage: plan:draft") && e.contains("Arguments:") && e.contains("Options:"), e);
    }
}
