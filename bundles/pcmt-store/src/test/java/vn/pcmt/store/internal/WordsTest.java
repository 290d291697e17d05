package vn.pcmt.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.pcmt.api.i18n.Catalogue;

/** The store's two catalogues hold the same keys, and the Vietnamese one reads as an operator expects. */
class WordsTest {
    static final String BASE = "vn/pcmt/store/internal/messages";
    static final Catalogue VI = Catalogue.load(WordsTest.class.getClassLoader(), BASE, "vi");
    static final Catalogue EN = Catalogue.load(WordsTest.class.getClassLoader(), BASE, "en");

    @Test
    void bothLanguagesHaveEveryKey() {
        assertEquals(new TreeSet<>(EN.keys()), new TreeSet<>(VI.keys()));
    }

    @Test
    void everyKeyTheCodeUsesIsInTheCatalogues() throws Exception {
        java.util.regex.Pattern use = java.util.regex.Pattern.compile("Words\\.t\\(\"([a-zA-Z0-9.]+)\"[,)]");
        java.nio.file.Path src = java.nio.file.Path.of("src/main/java/vn/pcmt/store/internal");
        try (var files = java.nio.file.Files.list(src)) {
            for (java.nio.file.Path f : files.toList()) {
                java.util.regex.Matcher m = use.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    assertTrue(VI.has(m.group(1)) && EN.has(m.group(1)), f.getFileName() + ": " + m.group(1));
                }
            }
        }
    }

    @Test
    void theDiskFaultsAreInBothLanguages() {
        for (String kind : new String[] {"full", "read-only"}) {
            for (String key : new String[] {"disk.write." + kind, "disk.open." + kind}) {
                assertTrue(VI.has(key) && EN.has(key), key);
            }
        }
    }

    @Test
    void vietnameseByDefaultWithDatesAsDocumentsWriteThem() {
        assertEquals("vi", Catalogue.language(name -> null));
        assertEquals("en", Catalogue.language(name -> name.equals("pcmt.lang") ? "en" : null));
        assertEquals("đơn vị hy-xa-a đã được công nhận không ma túy vào ngày 20/12/2025",
                VI.t("unit.alreadyRecognised", "hy-xa-a", LocalDate.of(2025, 12, 20)));
        assertEquals("unit hy-xa-a is already recognised drug-free on 2025-12-20",
                EN.t("unit.alreadyRecognised", "hy-xa-a", LocalDate.of(2025, 12, 20)));
        assertEquals("kỳ 2027-H1 chưa bắt đầu (hôm nay là 07/12/2026); chưa thể ghi số liệu cho kỳ này",
                VI.t("figure.futurePeriod", "2027-H1", LocalDate.of(2026, 12, 7)), "a year stays 2027, not 2.027");
    }
}
