package vn.pcmt.config.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsUtf8TrimsAndSubstitutesProperties() throws IOException {
        Path f = dir.resolve("vn.pcmt.store.cfg");
        Files.writeString(f, "# a comment\nurl = jdbc:h2:file:${pcmt.data}/db/x  \noperator = Công an tỉnh\n",
                StandardCharsets.UTF_8);
        Hashtable<String, Object> p = ConfigFiles.read(f, Map.of("pcmt.data", "/srv/pcmt")::get);
        assertEquals("vn.pcmt.store", ConfigFiles.pid(f));
        assertEquals("jdbc:h2:file:/srv/pcmt/db/x", p.get("url"));
        assertEquals("Công an tỉnh", p.get("operator"));
        assertEquals(f.toAbsolutePath().normalize().toString(), p.get(ConfigFiles.FILE));
        assertEquals(3, p.size());
    }

    @Test
    void anUnsetVariableOrABadEscapeNamesTheFileAndKey() throws IOException {
        Path f = dir.resolve("a.cfg");
        Files.writeString(f, "url = ${nowhere}/db\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> ConfigFiles.read(f, k -> null));
        assertTrue(e.getMessage().startsWith(f + ": url uses ${nowhere}"), e.getMessage());
        Files.writeString(f, "x = \\uZZZZ\n", StandardCharsets.UTF_8);
        e = assertThrows(IOException.class, () -> ConfigFiles.read(f, k -> null));
        assertTrue(e.getMessage().startsWith(f + ": Malformed"), e.getMessage());
    }
}
