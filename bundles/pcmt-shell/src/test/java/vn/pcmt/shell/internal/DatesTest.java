package vn.pcmt.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.pcmt.api.OperatorError;

class DatesTest {
    @Test
    void acceptsDayFirstAndIso() {
        LocalDate d = LocalDate.of(2026, 11, 23);
        assertEquals(d, Dates.parseOrNull("23/11/2026"));
        assertEquals(d, Dates.parseOrNull("2026-11-23"));
        assertEquals(LocalDate.of(2026, 7, 3), Dates.parseOrNull("3/7/2026"));
        assertEquals(LocalDate.of(2026, 7, 3), Dates.parseOrNull("03/07/2026"));
        assertEquals(LocalDate.of(2025, 12, 20), Dates.parseOrNull(" 20.12.2025 "));
    }

    @Test
    void refusesWhatIsNotARealDay() {
        assertNull(Dates.parseOrNull("31/02/2026"));
        assertNull(Dates.parseOrNull("11/23/2026"), "month first is not a Vietnamese date");
        assertNull(Dates.parseOrNull("23/11/26"));
        assertNull(Dates.parseOrNull("hôm qua"));
        OperatorError e = assertThrows(OperatorError.class, () -> Dates.parse("--as-of", "23-11"));
        assertTrue(e.getMessage().contains("--as-of") && e.getMessage().contains("\"23-11\""), e.getMessage());
        assertTrue(e.getMessage().contains("dd/mm/yyyy"), e.getMessage());
    }

    @Test
    void showsDayFirstInVietnamese() {
        assertEquals("vi", Msg.lang(), "Vietnamese is the default");
        assertEquals("05/01/2026", Dates.show(LocalDate.of(2026, 1, 5)));
    }

    @Test
    void periodsInWordsOrCodes() {
        assertEquals("2026-H1", Dates.period("6 tháng đầu năm 2026"));
        assertEquals("2026-H2", Dates.period("6 tháng cuối năm 2026"));
        assertEquals("2026-H1", Dates.period("2026-h1"));
        assertEquals("2026", Dates.period("năm 2026"));
        assertEquals("2026", Dates.period("2026"));
        assertNull(Dates.period("quý 3/2026"));
    }
}
