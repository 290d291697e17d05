package vn.pcmt.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import vn.pcmt.api.i18n.Catalogue;
import org.junit.jupiter.api.Test;

/** The user:* catalogues: the same keys in both languages, read as UTF-8, each usage in its language's words. */
class MsgTest {
    @Test
    void bothLanguagesHaveEveryUsage() {
        Catalogue vi = Catalogue.load(Msg.class.getClassLoader(), Msg.BASE, "vi");
        Catalogue en = Catalogue.load(Msg.class.getClassLoader(), Msg.BASE, "en");
        assertEquals(new java.util.TreeSet<>(vi.keys()), new java.util.TreeSet<>(en.keys()));
        for (String key : List.of(UserCommands.ADD, UserCommands.REMOVE, UserCommands.PASSWD, UserCommands.LIST)) {
            assertTrue(vi.t(key).contains("Cách dùng: user:") && vi.t(key).contains("Tùy chọn:"),
                    key + ": " + vi.t(key));
            assertTrue(en.t(key).contains("Usage: user:") && en.t(key).contains("Options:"), key);
        }
        assertTrue(vi.t(UserCommands.ADD).contains("công nhận xã không ma túy"), "read as UTF-8");
    }
}
