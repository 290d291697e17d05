package vn.pcmt.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The user:* catalogues: the same keys in both languages, read as UTF-8, each usage in its language's words. */
class MsgTest {
    @Test
    void bothLanguagesHaveEveryUsage() {
        Properties vi = Msg.load("vi");
        Properties en = Msg.load("en");
        assertEquals(vi.keySet(), en.keySet());
        for (String key : List.of(UserCommands.ADD, UserCommands.REMOVE, UserCommands.PASSWD, UserCommands.LIST)) {
            assertTrue(vi.getProperty(key).contains("Cách dùng: user:") && vi.getProperty(key).contains("Tùy chọn:"),
                    key + ": " + vi.getProperty(key));
            assertTrue(en.getProperty(key).contains("Usage: user:") && en.getProperty(key).contains("Options:"), key);
        }
        assertTrue(vi.getProperty(UserCommands.ADD).contains("công nhận xã không ma túy"), "read as UTF-8");
    }
}
