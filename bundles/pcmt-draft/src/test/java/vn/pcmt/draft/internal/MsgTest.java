package vn.pcmt.draft.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** plan:draft's catalogues: the same keys in both languages, read as UTF-8, the usage in its language's words. */
class MsgTest {
    @Test
    void bothLanguagesHaveTheUsage() {
        Properties vi = Msg.load("vi");
        Properties en = Msg.load("en");
        assertEquals(vi.keySet(), en.keySet());
        String v = vi.getProperty(DraftCommand.USAGE);
        assertTrue(v.contains("Cách dùng: plan:draft") && v.contains("Tham số:") && v.contains("Tùy chọn:")
                && v.contains("hiện hướng dẫn này") && !v.contains("Usage"), v);
        String e = en.getProperty(DraftCommand.USAGE);
        assertTrue(e.contains("Usage: plan:draft") && e.contains("Arguments:") && e.contains("Options:"), e);
    }
}
