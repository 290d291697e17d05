package vn.pcmt.store.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.pcmt.api.StoreException;
import vn.pcmt.api.Text;

/**
 * A CSV file with a header line: comma-separated, fields in double quotes may hold commas and doubled quotes, UTF-8
 * (refused otherwise), NFC-normalized, blank lines and lines starting with # skipped. Each row keeps its line number.
 */
final class Csv {
    record Row(int line, Map<String, String> fields) {
        String get(String name) {
            String v = fields.get(name);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    private Csv() {}

    static List<Row> read(Path file, List<String> required) throws StoreException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new StoreException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new StoreException(file + ": not valid UTF-8");
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read: " + e.getMessage());
        }
        String[] lines = Text.nfc(text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n", -1);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            List<String> cells = split(l, file, i + 1);
            if (header == null) {
                header = cells.stream().map(String::strip).toList();
                for (String r : required) {
                    if (!header.contains(r)) {
                        throw new StoreException(file + ":" + (i + 1) + ": the header lacks column \"" + r
                                + "\"; expected " + String.join(",", required));
                    }
                }
                continue;
            }
            if (cells.size() > header.size()) {
                throw new StoreException(file + ":" + (i + 1) + ": " + cells.size() + " fields, the header has "
                        + header.size());
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                m.put(header.get(c), c < cells.size() ? cells.get(c) : "");
            }
            rows.add(new Row(i + 1, m));
        }
        if (header == null) {
            throw new StoreException(file + ": empty; expected a header line " + String.join(",", required));
        }
        return rows;
    }

    static List<String> split(String line, Path file, int n) throws StoreException {
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
        return out;
    }
}
