package vn.pcmt.store.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.pcmt.api.StoreException;
import vn.pcmt.api.Text;

/**
 * A CSV file with a header line: comma-separated, fields in double quotes may hold commas and doubled quotes, UTF-8
 * (refused otherwise), NFC-normalized, blank lines and lines starting with # skipped. Each row keeps its line number.
 * Read as a stream, a row at a time, so a national import of millions of rows is never held in memory.
 */
final class Csv {
    /** One row: its line number and its cells, read by column name through the header. */
    record Row(int line, String[] cells, Map<String, Integer> columns) {
        /** The stripped value of column {@code name}, or null when the column is absent or the cell blank. */
        String get(String name) {
            Integer i = columns.get(name);
            if (i == null || i >= cells.length) {
                return null;
            }
            String v = cells[i];
            return v.isBlank() ? null : v.strip();
        }
    }

    /** Receives rows in file order. */
    interface RowHandler {
        void row(Row r) throws StoreException, java.sql.SQLException;
    }

    private Csv() {}

    /** Every row of a small file, in memory. */
    static List<Row> read(Path file, List<String> required) throws StoreException {
        List<Row> rows = new ArrayList<>();
        try {
            forEach(file, required, rows::add);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e); // rows::add does no SQL
        }
        return rows;
    }

    /** Reads {@code file} line by line, handing each row to {@code handler}. */
    static void forEach(Path file, List<String> required, RowHandler handler) throws StoreException,
            java.sql.SQLException {
        int n = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
            Map<String, Integer> columns = null;
            int width = 0;
            for (String l; (l = in.readLine()) != null;) {
                n++;
                if (n == 1 && l.startsWith("\uFEFF")) {
                    l = l.substring(1);
                }
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                if (!ascii(l)) {
                    l = Text.nfc(l);
                }
                String[] cells = split(l, file, n);
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int c = 0; c < cells.length; c++) {
                        columns.put(cells[c].strip(), c);
                    }
                    width = cells.length;
                    for (String r : required) {
                        if (!columns.containsKey(r)) {
                            throw new StoreException(file + ":" + n + ": the header lacks column \"" + r
                                    + "\"; expected " + String.join(",", required));
                        }
                    }
                    continue;
                }
                if (cells.length > width) {
                    throw new StoreException(file + ":" + n + ": " + cells.length + " fields, the header has " + width);
                }
                handler.row(new Row(n, cells, columns));
            }
            if (columns == null) {
                throw new StoreException(file + ": empty; expected a header line " + String.join(",", required));
            }
        } catch (NoSuchFileException e) {
            throw new StoreException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new StoreException(file + ":" + (n + 1) + ": not valid UTF-8");
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static String[] split(String line, Path file, int n) throws StoreException {
        if (line.indexOf('"') < 0) {
            return line.split(",", -1);
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        if (quoted) {
            throw new StoreException(file + ":" + n + ": a quoted field is not closed");
        }
        out.add(cur.toString());
        return out.toArray(new String[0]);
    }
}
