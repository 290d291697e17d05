package vn.pcmt.extender.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.pcmt.api.Problem;
import vn.pcmt.api.text.Text;

/**
 * A JSON tree that remembers where each value stood (line, column, JSON pointer), built with Jackson's streaming
 * parser. Errors about a value can then name the file, the line and column and the pointer. Strings are
 * NFC-normalized as they are read. Duplicate keys are an error (JSON leaves them undefined; a plan must not).
 */
final class Json {
    private Json() {}

    static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** A value and where it stood. {@code value} is a String, Number, Boolean, null, {@link Obj} or {@link Arr}. */
    record Node(Object value, String pointer, int line, int column) {
        boolean isNull() {
            return value == null;
        }
    }

    /** An object's members in document order. */
    record Obj(Map<String, Node> members) {}

    /** An array's elements. */
    record Arr(List<Node> elements) {}

    /** Thrown for JSON that is not well-formed; carries the problem's place. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Problem problem;

        SyntaxError(Problem problem) {
            super(problem.toString());
            this.problem = problem;
        }
    }

    /** Parses text already decoded (the caller checked it is valid UTF-8). */
    static Node parse(String json, String file) throws SyntaxError, IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new SyntaxError(new Problem(file, 1, 1, "", "the file is empty; expected a JSON object"));
            }
            Node root = read(p, "");
            JsonToken extra = p.nextToken();
            if (extra != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new SyntaxError(new Problem(file, l.getLineNr(), l.getColumnNr(), "",
                        "unexpected content after the end of the JSON document"));
            }
            return root;
        } catch (JsonParseException e) {
            JsonLocation l = e.getLocation();
            String msg = e.getOriginalMessage();
            JsonParser jp = e.getProcessor();
            String pointer = jp == null ? "" : jp.getParsingContext().pathAsPointer().toString();
            throw new SyntaxError(new Problem(file, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
                    pointer, "invalid JSON: " + firstLine(msg)));
        }
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
    }

    private static Node read(JsonParser p, String pointer) throws IOException {
        JsonLocation l = p.currentTokenLocation();
        int line = l.getLineNr();
        int col = l.getColumnNr();
        switch (p.currentToken()) {
            case START_OBJECT: {
                Map<String, Node> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = Text.nfc(p.currentName());
                    p.nextToken();
                    m.put(name, read(p, pointer + "/" + escape(name)));
                }
                return new Node(new Obj(m), pointer, line, col);
            }
            case START_ARRAY: {
                List<Node> a = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(read(p, pointer + "/" + i++));
                }
                return new Node(new Arr(a), pointer, line, col);
            }
            case VALUE_STRING:
                return new Node(Text.nfc(p.getText()), pointer, line, col);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node(p.getNumberValue(), pointer, line, col);
            case VALUE_TRUE:
                return new Node(Boolean.TRUE, pointer, line, col);
            case VALUE_FALSE:
                return new Node(Boolean.FALSE, pointer, line, col);
            case VALUE_NULL:
                return new Node(null, pointer, line, col);
            default:
                throw new JsonParseException(p, "unexpected token " + p.currentToken());
        }
    }

    /** RFC 6901: "~" is "~0", "/" is "~1". */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
