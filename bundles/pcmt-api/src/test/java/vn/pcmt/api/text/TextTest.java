package vn.pcmt.api.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The table-driven fold against its definition (Unicode decomposition). */
class TextTest {
    @Test
    void foldsVietnameseWithoutDiacriticsOrCase() {
        assertEquals("cong an tinh hung yen", Text.fold("  Công an  Tỉnh\tHưng Yên "));
        assertEquals("duong day ma tuy", Text.fold("Đường dây ma túy"));
        assertEquals("hoa", Text.fold("hoá"));
        assertEquals("hoa", Text.fold("hóa"));
        assertEquals("", Text.fold(null));
        assertEquals(java.util.List.of("xa", "phuong", "dat", "khong", "ma", "tuy"),
                Text.words("xã, phường đạt “không ma túy”"));
    }

    @Test
    void theTableAgreesWithTheDefinitionForEveryCharItCovers() {
        for (char c = 0; c < 0x2000; c++) {
            for (String s : new String[] {"x" + c + "y", c + " Z", "a  " + c}) {
                assertEquals(Text.foldByNormalizer(s), Text.fold(s), "char U+" + Integer.toHexString(c));
            }
        }
        // decomposed (NFD) input, other scripts and characters above the table take the general path alike
        for (String s : new String[] {"Co\u0302ng an", "Xa\u0303 Tiên Lữ", "Ｔｏàn", "中文 Hà Nội", "ǅ ǈ ẞ İ"}) {
            assertEquals(Text.foldByNormalizer(s), Text.fold(s), s);
        }
    }
}
