package vn.pcmt.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import vn.pcmt.api.i18n.Catalogue;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogues: the same keys in both languages, UTF-8 NFC text, and every key the code asks for present. */
class MsgTest {
    static final Catalogue VI = Catalogue.load(Msg.class.getClassLoader(), Msg.BASE.replace('.', '/'), "vi");
    static final Catalogue EN = Catalogue.load(Msg.class.getClassLoader(), Msg.BASE.replace('.', '/'), "en");

    @Test
    void everyKeyIsInBothLanguages() {
        Set<String> vi = new TreeSet<>(VI.keys());
        Set<String> en = new TreeSet<>(EN.keys());
        Set<String> onlyVi = new TreeSet<>(vi);
        onlyVi.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(vi);
        assertTrue(onlyVi.isEmpty(), "missing in messages_en: " + onlyVi);
        assertTrue(onlyEn.isEmpty(), "missing in messages_vi: " + onlyEn);
    }

    @Test
    void vietnameseIsReadAsUtf8AndNfc() {
        assertEquals("KẾ HOẠCH", VI.or("h.PLAN", null));
        for (String k : VI.keys()) {
            String v = VI.or(k, null);
            assertTrue(Normalizer.isNormalized(v, Normalizer.Form.NFC), k + " is not NFC");
            // UTF-8 read as Latin-1 turns "ộ" into "á»\u0099" and "ư" into "Æ°"
            assertFalse(v.contains("\uFFFD") || v.contains("á»") || v.contains("Æ"), k + " was not read as UTF-8: " + v);
        }
    }

    @Test
    void placeholdersAgreeBetweenLanguages() {
        Pattern p = Pattern.compile("\\{(\\d)}");
        for (String k : VI.keys()) {
            assertEquals(placeholders(p, VI.or(k, null)), placeholders(p, EN.or(k, null)), k);
        }
    }

    private static Set<String> placeholders(Pattern p, String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Every literal key in Msg.t("…") of the shell's sources is in the catalogue (a missing one shows as the key). */
    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Pattern call = Pattern.compile("Msg\\.t\\(\"([^\"]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/vn/pcmt/shell/internal"))) {
            for (Path f : files.toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    if (!VI.has(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys not in the catalogue: " + missing);
    }

    @Test
    void fillsValuesAndShowsDatesDayFirst() {
        assertEquals("a 1 b x", Msg.fill("a {0} b {1}", 1, "x"));
        assertEquals("{2}", Msg.fill("{2}", 1), "an index without a value stays visible");
        assertEquals("Thành phố Hồ Chí Minh", Msg.fill("{0}", "Thành phố Hồ Chí Minh"));
    }
}
