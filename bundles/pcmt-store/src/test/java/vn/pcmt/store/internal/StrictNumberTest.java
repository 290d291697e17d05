package vn.pcmt.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.pcmt.api.StoreException;
import vn.pcmt.api.TargetUnit;

/** Figures are plain numbers: anything a reader could take two ways, or a parser would stretch, is refused. */
class StrictNumberTest extends H2FileTest {

    @Test
    void plainDigitsWithOneDecimalCommaOrPointAreTaken() {
        assertEquals(12, StrictNumber.parse("12"));
        assertEquals(12.5, StrictNumber.parse("12,5"));
        assertEquals(12.5, StrictNumber.parse(" 12.5 "));
        assertEquals(0.5, StrictNumber.parse("0,500"), "a leading zero cannot be a thousands group");
        assertEquals(1000, StrictNumber.parse("1000"));
        assertEquals(1000.5, StrictNumber.parse("1000,5"));
        assertEquals(-3, StrictNumber.parse("-3", TargetUnit.PERCENT_PER_YEAR));
        assertEquals(100, StrictNumber.parse("100", TargetUnit.PERCENT));
        assertEquals(101_000_000, StrictNumber.parse("101000000", TargetUnit.COUNT));
    }

    @Test
    void groupingSeparatorsAreAmbiguousAndSaySo() {
        for (String s : List.of("1,000", "1.000", "12,500", "-1.000")) {
            String m = assertThrows(IllegalArgumentException.class, () -> StrictNumber.parse(s, TargetUnit.COUNT))
                    .getMessage();
            assertTrue(m.contains("\"" + s + "\" is ambiguous") && m.contains("write "), m);
        }
        String m = assertThrows(IllegalArgumentException.class, () -> StrictNumber.parse("1,000")).getMessage();
        assertTrue(m.contains("write 1000 for 1000, or 1,0 for the decimal"), m);
        for (String s : List.of("1.000.000", "1,000,000", "1.000,5")) {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> StrictNumber.parse(s)).getMessage()
                    .contains("thousands separators"), s);
        }
    }

    @Test
    void hexSuffixesExponentsAndNonNumbersAreRefused() {
        for (String s : List.of("12d", "1f", "0x1p6", "0x10", "1e308", "1E3", "NaN", "Infinity", "-Infinity", "+5",
                "١٢", "12,", ",5", "1 000", "abc", "", "5%", "--5")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> StrictNumber.parse(s, TargetUnit.COUNT), s);
            assertTrue(e.getMessage().contains("not a number") || e.getMessage().contains("no value"), e.getMessage());
        }
    }

    @Test
    void eachUnitHasItsBounds() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StrictNumber.parse("102000001", TargetUnit.COUNT))
                .getMessage().contains("above the population"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StrictNumber.parse("100,5", TargetUnit.PERCENT))
                .getMessage().contains("share above 100 %"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StrictNumber.parse("-1", TargetUnit.COUNT))
                .getMessage().contains("negative"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StrictNumber.parse("1001", TargetUnit.PERCENT_PER_YEAR))
                .getMessage().contains("outside"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StrictNumber.parse("9999999999999"))
                .getMessage().contains("too large"));
    }

    @Test
    void anImportWithAnAmbiguousOrLongCellNamesItsLineAndWritesNothing() throws Exception {
        try (Store db = new Store(ds(), "x")) {
            importRefused(db);
        }
    }

    private void importRefused(Store db) throws Exception {
        java.nio.file.Path csv = java.nio.file.Files.writeString(dir.resolve("n.csv"), "plan,target,period,value,unit,note\n"
                + "p1,count,2025,7,,\n" + "p1,share,2026,\"1,000\",,\n" + "p1,count,2027,12d,,\n"
                + "p1,count,2028,1e308,,\n" + "p1,count,2029,5,," + "x".repeat(2001) + "\n");
        StoreException e = assertThrows(StoreException.class, () -> FigureImport.run(db.figures(), csv,
                id -> Optional.of(FigureStoreTest.plan(id)), Set.of(), dir.resolve("bad.txt")));
        String m = e.getMessage();
        assertTrue(m.startsWith("4 bad rows; nothing was imported"), m);
        assertTrue(m.contains("n.csv:3: value \"1,000\" is ambiguous"), m);
        assertTrue(m.contains("n.csv:4: value \"12d\" is not a number"), m);
        assertTrue(m.contains("n.csv:5: value \"1e308\" is not a number"), m);
        assertTrue(m.contains("n.csv:6: the note is 2001 characters long, above the limit of 2000"), m);
        assertTrue(db.figures().history("p1", "count").isEmpty(), "nothing written");
    }
}
