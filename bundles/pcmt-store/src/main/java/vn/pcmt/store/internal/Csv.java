package vn.pcmt.store.internal;

import java.io.IOException;
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
import vn.pcmt.api.text.Text;

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
            return i == null ? null : get(i);
        }

        /** The same by column index ({@link #index}), for a reader that looks the columns up once per file. */
        String get(int i) {
            if (i < 0 || i >= cells.length) {
                return null;
            }
            String v = cells[i];
            return v.isBlank() ? null : v.strip();
        }

        /** The index of column {@code name}, or -1 when the header has none. */
        int index(String name) {
            Integer i = columns.get(name);
            return i == null ? -1 : i;
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

    /**
     * The longest row read, 1 MiB: a figure's row with a note of the longest kind (2,000 characters, up to 3 bytes
     * each in UTF-8) fits many times over; a file with no line ends (a device, a binary) is refused at this point
     * instead of being gathered into memory whole.
     */
    static final int MAX_ROW_BYTES = 1 << 20;

    /** Reads {@code file} line by line, handing each row to {@code handler}. */
    static void forEach(Path file, List<String> required, RowHandler handler) throws StoreException,
            java.sql.SQLException {
        int n = 0;
        java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (java.io.InputStream in = Files.newInputStream(file)) {
            Map<String, Integer> columns = null;
            int width = 0;
            byte[] chunk = new byte[1 << 16];
            int pos = 0;
            int lim = 0;
            byte[] carry = new byte[256]; // a line that spans two chunks
            for (;;) {
                // a line's bytes, decoded on their own: a byte that is not UTF-8 is reported on its own line
                byte[] buf;
                int off;
                int len;
                int carried = 0;
                for (;;) {
                    int k = pos;
                    while (k < lim && chunk[k] != '\n') {
                        k++;
                    }
                    if (k < lim || (lim == -1)) {
                        break;
                    }
                    // no end of line in this chunk: keep what is left and read on
                    int rest = lim - pos;
                    if (carried + rest > MAX_ROW_BYTES) {
                        throw new StoreException(file + ":" + (n + 1) + ": " + Words.t("csv.long", MAX_ROW_BYTES));
                    }
                    if (carried + rest > carry.length) {
                        carry = java.util.Arrays.copyOf(carry, Math.max(carry.length * 2, carried + rest));
                    }
                    System.arraycopy(chunk, pos, carry, carried, rest);
                    carried += rest;
                    lim = in.read(chunk);
                    pos = 0;
                    if (lim <= 0) {
                        lim = -1;
                    }
                }
                if (lim == -1) {
                    if (carried == 0) {
                        break;
                    }
                    buf = carry;
                    off = 0;
                    len = carried;
                    pos = 0;
                } else {
                    int k = pos;
                    while (chunk[k] != '\n') {
                        k++;
                    }
                    if (carried > 0) {
                        int part = k - pos;
                        if (carried + part > MAX_ROW_BYTES) {
                            throw new StoreException(file + ":" + (n + 1) + ": " + Words.t("csv.long", MAX_ROW_BYTES));
                        }
                        if (carried + part > carry.length) {
                            carry = java.util.Arrays.copyOf(carry, Math.max(carry.length * 2, carried + part));
                        }
                        System.arraycopy(chunk, pos, carry, carried, part);
                        buf = carry;
                        off = 0;
                        len = carried + part;
                    } else {
                        buf = chunk;
                        off = pos;
                        len = k - pos;
                    }
                    pos = k + 1;
                }
                n++;
                if (len > 0 && buf[off + len - 1] == '\r') {
                    len--;
                }
                String l;
                if (asciiBytes(buf, off, len)) {
                    l = new String(buf, off, len, StandardCharsets.ISO_8859_1);
                } else {
                    try {
                        l = Text.nfc(utf8.decode(java.nio.ByteBuffer.wrap(buf, off, len)).toString());
                    } catch (CharacterCodingException e) {
                        throw new StoreException(file + ":" + n + ": " + Words.t("csv.utf8"));
                    }
                }
                if (n == 1 && l.startsWith("\uFEFF")) {
                    l = l.substring(1);
                }
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
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
                            throw new StoreException(file + ":" + n + ": " + Words.t("csv.column", r,
                                    String.join(",", required)));
                        }
                    }
                    continue;
                }
                if (cells.length > width) {
                    throw new StoreException(file + ":" + n + ": " + Words.t("csv.width", cells.length, width));
                }
                handler.row(new Row(n, cells, columns));
            }
            if (columns == null) {
                throw new StoreException(file + ": " + Words.t("csv.empty", String.join(",", required)));
            }
        } catch (NoSuchFileException e) {
            throw new StoreException(file + ": " + Words.t("csv.noFile"));
        } catch (IOException e) {
            throw new StoreException(file + ": " + Words.t("csv.unreadable", e.getMessage()));
        }
    }

    private static boolean asciiBytes(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (b[i] < 0) {
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
            throw new StoreException(file + ":" + n + ": " + Words.t("csv.quote"));
        }
        out.add(cur.toString());
        return out.toArray(new String[0]);
    }
}
