package vn.pcmt.extender.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanException;
import vn.pcmt.api.Problem;
import vn.pcmt.api.Text;
import vn.pcmt.extender.internal.Json.Node;
import vn.pcmt.extender.internal.Json.Obj;

/** Reads a plan from bytes, finding and checking its source text through a {@link TextSource}. */
final class PlanCodec {
    private PlanCodec() {}

    /** Finds the source text named in a plan, relative to the plan file or entry; returns null when absent. */
    interface TextSource {
        byte[] read(String name) throws IOException;
    }

    /** A parsed plan with its source lines (empty when the text was not found). */
    record Parsed(Plan plan, List<String> lines) {}

    /** A JSON document of kind {@code what} ("plan", "area"): strict UTF-8, then the located tree, or its problem. */
    static Node parse(byte[] json, String file, String what) throws PlanException {
        try {
            return Json.parse(decodeStrict(json, file, what), file);
        } catch (Json.SyntaxError e) {
            throw new PlanException(e.problem);
        } catch (IOException e) {
            throw new PlanException(new Problem(file, 0, 0, "", "cannot read: " + e.getMessage()));
        }
    }

    static Parsed read(byte[] json, String file, TextSource texts) throws PlanException {
        Node root = parse(json, file, "plan");
        List<String> lines = null;
        String textName = sourceTextName(root);
        if (textName != null && texts != null) {
            byte[] raw;
            try {
                raw = texts.read(textName);
            } catch (IOException e) {
                raw = null;
            }
            if (raw != null) {
                lines = lines(decodeStrict(raw, textName, "source text"));
            }
        }
        Plan plan = new PlanReader(file, lines).read(root);
        return new Parsed(plan, lines == null ? List.of() : lines);
    }

    private static String sourceTextName(Node root) {
        if (!(root.value() instanceof Obj o)) {
            return null;
        }
        Node s = o.members().get("source");
        if (s == null || !(s.value() instanceof Obj so)) {
            return null;
        }
        Node t = so.members().get("text");
        // a source text is a file beside the plan, never elsewhere
        return t != null && t.value() instanceof String name && !name.contains("..") && !name.contains("/") ? name : null;
    }

    /** Decodes UTF-8, refusing malformed bytes rather than replacing them silently. */
    static String decodeStrict(byte[] raw, String file, String what) throws PlanException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw new PlanException(new Problem(file, 0, 0, "", "the " + what + " is not valid UTF-8"));
        }
    }

    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == '\n') {
                String line = t.substring(start, i);
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                out.add(Text.nfc(line));
                start = i + 1;
            }
        }
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
