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
import vn.pcmt.api.text.Text;
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

    /** How a missing document text is reported: the deploy folder waits a while for a text that has not come yet. */
    static final String NO_TEXT = "is not beside the plan";

    /** A text that is there but may not be used (a link out of the plan's folder), with the reason. */
    static final class TextRefused extends IOException {
        private static final long serialVersionUID = 1L;

        TextRefused(String message) {
            super(message);
        }
    }

    /**
     * Reads a plan. With {@code texts} (every plan that is loaded), its document text is required: a plain file name
     * in {@code source.text}, found beside the plan; without it no quote could be checked, and the plan is refused.
     * {@code texts} null: the JSON alone, unchecked against a text (tests of the reader).
     */
    static Parsed read(byte[] json, String file, TextSource texts) throws PlanException {
        Node root = parse(json, file, "plan");
        List<String> lines = null;
        if (texts != null && root.value() instanceof Obj o && o.members().get("source") != null
                && o.members().get("source").value() instanceof Obj so) {
            Node src = o.members().get("source");
            Node t = so.members().get("text");
            if (t == null || !(t.value() instanceof String name) || name.isBlank()) {
                throw new PlanException(new Problem(file, src.line(), src.column(), "/source/text", "the plan names no"
                        + " document text (source.text); a plan is loaded only with its text, against which every quote"
                        + " is checked"));
            }
            if (!plainName(name)) {
                throw new PlanException(new Problem(file, t.line(), t.column(), "/source/text", "source.text \"" + name
                        + "\" is not a plain file name beside the plan (no folder, no \"..\")"));
            }
            byte[] raw;
            try {
                raw = texts.read(name);
            } catch (TextRefused e) {
                throw new PlanException(new Problem(file, t.line(), t.column(), "/source/text", e.getMessage()));
            } catch (IOException e) {
                raw = null;
            }
            if (raw == null) {
                throw new PlanException(new Problem(file, t.line(), t.column(), "/source/text", "the document text \""
                        + name + "\" " + NO_TEXT + "; a plan is loaded only with its text, against which every quote is"
                        + " checked"));
            }
            lines = lines(decodeStrict(raw, name, "source text"));
        } else if (texts != null) {
            String textName = sourceTextName(root);
            if (textName != null) {
                try {
                    byte[] raw = texts.read(textName);
                    lines = raw == null ? null : lines(decodeStrict(raw, textName, "source text"));
                } catch (IOException e) {
                    lines = null;
                }
            }
        }
        Plan plan = new PlanReader(file, lines).read(root);
        return new Parsed(plan, lines == null ? List.of() : lines);
    }

    /** A file name with no folder in it, not hidden, not "." or "..". */
    static boolean plainName(String name) {
        return !name.contains("/") && !name.contains("\\") && !name.startsWith(".") && !name.contains("\0");
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
        return t != null && t.value() instanceof String name && plainName(name) ? name : null;
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
