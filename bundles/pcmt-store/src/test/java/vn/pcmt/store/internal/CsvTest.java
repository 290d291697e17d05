package vn.pcmt.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.pcmt.api.StoreException;

/** The streaming CSV reader against a plain reading of the same text: chunk edges, line ends, BOM, bad bytes. */
class CsvTest {
    @TempDir
    Path dir;

    @Test
    void rowsAreReadWhole_acrossChunkEdges_withEitherLineEnd() throws Exception {
        Random random = new Random(7);
        for (int round = 0; round < 6; round++) {
            List<String> expected = new ArrayList<>();
            StringBuilder text = new StringBuilder(round % 2 == 0 ? "\uFEFF" : "").append("a,b\n");
            for (int i = 0; i < 400; i++) {
                int size = random.nextInt(10) == 0 ? 70_000 + random.nextInt(5_000) : random.nextInt(300);
                StringBuilder cell = new StringBuilder();
                for (int c = 0; c < size; c++) {
                    cell.append("xã Hưng Yên 0123456789".charAt(random.nextInt(22)));
                }
                String v = cell.toString().strip();
                expected.add(v + "|" + i);
                text.append(v).append(',').append(i).append(random.nextBoolean() ? "\r\n" : "\n");
            }
            if (round == 3) {
                text.setLength(text.length() - 1); // no line end after the last row
                if (text.charAt(text.length() - 1) == '\r') {
                    text.setLength(text.length() - 1);
                }
            }
            Path f = Files.writeString(dir.resolve("r" + round + ".csv"), text, StandardCharsets.UTF_8);
            List<String> got = new ArrayList<>();
            for (Csv.Row r : Csv.read(f, List.of("a", "b"))) {
                got.add((r.get("a") == null ? "" : r.get("a")) + "|" + r.get("b"));
            }
            assertEquals(expected, got, "round " + round);
        }
    }

    @Test
    void aLineThatIsNotUtf8IsNamed() throws Exception {
        Path f = dir.resolve("latin1.csv");
        Files.write(f, "a,b\nok,1\n\n# note\nb\u00e1o,2\n".getBytes(StandardCharsets.ISO_8859_1));
        StoreException e = assertThrows(StoreException.class, () -> Csv.read(f, List.of("a", "b")));
        assertEquals(f + ":5: not valid UTF-8 (save the file as UTF-8)", e.getMessage());
        List<Csv.Row> rows = Csv.read(Files.writeString(dir.resolve("ok.csv"), "a,b\n\"x, \"\"y\"\"\",2\n"),
                List.of("a", "b"));
        assertEquals("x, \"y\"", rows.get(0).get("a"));
        assertTrue(assertThrows(StoreException.class, () -> Csv.read(Files.writeString(dir.resolve("e.csv"), ""),
                List.of("a"))).getMessage().endsWith("empty; expected a header line a"));
    }

    @Test
    void aRowOverTheLimitIsRefusedWithItsLine() throws Exception {
        Path f = Files.writeString(dir.resolve("long.csv"), "a,b\n1,2\n" + "x".repeat(Csv.MAX_ROW_BYTES + 10)
                + ",3\n", StandardCharsets.UTF_8);
        vn.pcmt.api.StoreException e = org.junit.jupiter.api.Assertions.assertThrows(vn.pcmt.api.StoreException.class,
                () -> Csv.read(f, List.of("a", "b")));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("long.csv:3: the row is longer than "
                + Csv.MAX_ROW_BYTES + " bytes, the limit of a CSV row"), e.getMessage());
    }
}
