package vn.pcmt.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pcmt.api.OperatorError;

/** The one matching rule: case and diacritics ignored, whole words, closest offered when nothing fits. */
class NamesTest {
    static final Map<String, List<String>> AREAS = new LinkedHashMap<>();
    static final Map<String, List<String>> AGENCIES = new LinkedHashMap<>();

    static {
        AREAS.put("supply", List.of("Giảm cung ma túy", "Supply reduction"));
        AREAS.put("demand", List.of("Giảm cầu ma túy", "Demand reduction"));
        AREAS.put("harm", List.of("Giảm tác hại", "Harm reduction"));
        AGENCIES.put("ubnd-xa", List.of("Ủy ban nhân dân cấp xã"));
        AGENCIES.put("cong-an-xa", List.of("Công an cấp xã"));
        AGENCIES.put("cong-an-tinh", List.of("Công an tỉnh / thành phố"));
    }

    @Test
    void namesWithoutDiacriticsWholeWords() {
        assertEquals(List.of("demand"), Names.find("giam cau", AREAS));
        assertEquals(List.of("demand"), Names.find("GIẢM CẦU", AREAS));
        assertEquals(List.of("demand"), Names.find("demand", AREAS));
        assertEquals(List.of("ubnd-xa"), Names.find("ubnd xa", AGENCIES));
        assertEquals(List.of("cong-an-xa"), Names.find("cong an xa", AGENCIES));
        assertEquals(List.of("cong-an-xa", "cong-an-tinh"), Names.find("cong an", AGENCIES));
    }

    @Test
    void partOfAWordIsNotAWord() {
        assertEquals(List.of(), Names.find("giam ca", AREAS), "\"ca\" is not the word \"cau\"");
        assertEquals(List.of(), Names.find("cong a", AGENCIES));
    }

    @Test
    void nothingFitsOffersTheClosest() {
        OperatorError e = assertThrows(OperatorError.class, () -> Names.one("area", "demnd", AREAS));
        assertTrue(e.getMessage().contains("demand"), e.getMessage());
        OperatorError many = assertThrows(OperatorError.class, () -> Names.one("area", "giam", AREAS));
        assertTrue(many.getMessage().contains("supply") && many.getMessage().contains("harm"), many.getMessage());
    }

    @Test
    void provincesOfTheCountry() {
        assertEquals("Hưng Yên", vn.pcmt.api.text.Text.pick("Hung Yen", vn.pcmt.api.text.Text.provinces()));
        assertEquals("Thành phố Hồ Chí Minh", vn.pcmt.api.text.Text.pick("ho chi minh", vn.pcmt.api.text.Text.provinces()));
        assertEquals(null, vn.pcmt.api.text.Text.pick("Hung Yeen", vn.pcmt.api.text.Text.provinces()));
        assertEquals(34, vn.pcmt.api.text.Text.provinces().size());
    }
}
