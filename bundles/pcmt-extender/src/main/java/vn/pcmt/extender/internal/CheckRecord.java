package vn.pcmt.extender.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import vn.pcmt.api.PlanPeriod;
import vn.pcmt.api.PlanSummary;

/**
 * One record of {@link CheckRecords}: that a plan bundle, plan file or area bundle in a given content passed reading
 * and checking by a given extender, with what registering it needs. Kept as a small JSON object, written and read
 * with Jackson's streaming API (no data binding in this bundle: its start-up is measured), every value in its type:
 *
 * <pre>
 * {"kind":"plan-file","what":"hy.plan.json",
 *  "content":{"size":371204,"modified":1764540000000,"text":"hy.txt","textSize":81234,"textModified":1764540000000},
 *  "checker":{"modified":1764541234567,"version":"0.1.0"},
 *  "path":"/srv/pcmt/deploy/hy.plan.json",
 *  "plan":{"id":"hung-yen","title":"…","issuer":"…","locality":"Hưng Yên","period":{"from":2021,"to":2025},
 *          "sections":14,"targets":38,"assignments":52,"warnings":3,"draft":false}}
 * </pre>
 *
 * A plan bundle's {@code content} is {@code {"location":…,"modified":…}}; an area's record has {@code "code"}
 * instead of {@code "plan"}. {@code what} names the thing for a person looking in the folder and is not read.
 *
 * @param path the plan file's path (kind plan-file), else null
 * @param plan the plan's summary (kinds plan and plan-file), else null
 * @param code the area's code (kind area), else null
 */
record CheckRecord(Kind kind, ContentStamp content, Checker checker, String path, PlanSummary plan, String code) {

    CheckRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(checker, "checker");
        if (kind == Kind.AREA ? code == null : plan == null) {
            throw new IllegalArgumentException("a " + kind.code + " record without its " + (kind == Kind.AREA
                    ? "code" : "plan"));
        }
    }

    enum Kind {
        PLAN("plan"), PLAN_FILE("plan-file"), AREA("area");

        final String code;

        Kind(String code) {
            this.code = code;
        }

        static Kind of(String code) throws JsonParseException {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return k;
                }
            }
            throw new JsonParseException(null, "unknown kind " + code);
        }
    }

    /** What the content was when it was read: the record counts only while the content is still that. */
    sealed interface ContentStamp permits BundleStamp, PlanFileStamp {}

    /** A bundle's location and last-modified time: an install or update changes it. */
    record BundleStamp(String location, long modified) implements ContentStamp {}

    /** A file's size and time; {@link #ABSENT} when there is no such file. */
    record FileStamp(long size, long modified) {
        static final FileStamp ABSENT = new FileStamp(-1, -1);

        /** The file's size and time now. */
        static FileStamp of(Path f) {
            try {
                return new FileStamp(Files.size(f), Files.getLastModifiedTime(f).toMillis());
            } catch (IOException e) {
                return ABSENT;
            }
        }
    }

    /** A plan file's stamp and that of its source text {@code text} (a name beside it; null: it names none). */
    record PlanFileStamp(FileStamp plan, String text, FileStamp textStamp) implements ContentStamp {
        PlanFileStamp {
            Objects.requireNonNull(plan, "plan");
            textStamp = text == null ? null : Objects.requireNonNull(textStamp, "textStamp");
        }
    }

    /** The extender that did the checking: an update of it may check differently. */
    record Checker(long modified, String version) {}

    // ---------------------------------------------------------------- writing

    /** The record as JSON; {@code what} names the thing for a person reading it. */
    byte[] toJson(String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("kind", kind.code);
            g.writeStringField("what", what);
            g.writeObjectFieldStart("content");
            if (content instanceof BundleStamp b) {
                g.writeStringField("location", b.location());
                g.writeNumberField("modified", b.modified());
            } else if (content instanceof PlanFileStamp f) {
                g.writeNumberField("size", f.plan().size());
                g.writeNumberField("modified", f.plan().modified());
                if (f.text() != null) {
                    g.writeStringField("text", f.text());
                    g.writeNumberField("textSize", f.textStamp().size());
                    g.writeNumberField("textModified", f.textStamp().modified());
                }
            }
            g.writeEndObject();
            g.writeObjectFieldStart("checker");
            g.writeNumberField("modified", checker.modified());
            g.writeStringField("version", checker.version());
            g.writeEndObject();
            if (path != null) {
                g.writeStringField("path", path);
            }
            if (plan != null) {
                writePlan(g, plan);
            }
            if (code != null) {
                g.writeStringField("code", code);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // into memory: not expected
        }
        return out.toByteArray();
    }

    private static void writePlan(JsonGenerator g, PlanSummary s) throws IOException {
        g.writeObjectFieldStart("plan");
        g.writeStringField("id", s.id());
        g.writeStringField("title", s.title());
        g.writeStringField("issuer", s.issuer());
        g.writeStringField("locality", s.locality()); // null: the plan names none
        g.writeObjectFieldStart("period");
        g.writeNumberField("from", s.period().from());
        g.writeNumberField("to", s.period().to());
        g.writeEndObject();
        g.writeNumberField("sections", s.sections());
        g.writeNumberField("targets", s.targets());
        g.writeNumberField("assignments", s.assignments());
        g.writeNumberField("warnings", s.warnings());
        g.writeBooleanField("draft", s.draft());
        g.writeEndObject();
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a record. Anything that is not a record of this form (a record of an earlier extender, kept as
     * properties; a half-written or edited file; a value of the wrong type; a field missing) throws: the caller then
     * reads and checks the thing now.
     */
    static CheckRecord read(byte[] json) throws IOException {
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT);
            Kind kind = null;
            String location = null;
            String text = null;
            long[] stamp = {-2, -2, -2, -2}; // size, modified, textSize, textModified; -2: not given
            Checker checker = null;
            String path = null;
            PlanSummary plan = null;
            String code = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "kind" -> kind = Kind.of(string(p, t));
                    case "content" -> {
                        expect(p, t, JsonToken.START_OBJECT);
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String field = p.currentName();
                            JsonToken v = p.nextToken();
                            switch (field) {
                                case "location" -> location = string(p, v);
                                case "text" -> text = string(p, v);
                                case "size" -> stamp[0] = number(p, v);
                                case "modified" -> stamp[1] = number(p, v);
                                case "textSize" -> stamp[2] = number(p, v);
                                case "textModified" -> stamp[3] = number(p, v);
                                default -> p.skipChildren();
                            }
                        }
                    }
                    case "checker" -> checker = checker(p, t);
                    case "path" -> path = string(p, t);
                    case "plan" -> plan = plan(p, t);
                    case "code" -> code = string(p, t);
                    default -> p.skipChildren(); // "what", and whatever a later version adds
                }
            }
            if (kind == null) {
                throw new JsonParseException(p, "no kind");
            }
            ContentStamp content = kind == Kind.PLAN_FILE
                    ? new PlanFileStamp(new FileStamp(given(p, stamp[0]), given(p, stamp[1])), text, text == null
                            ? null : new FileStamp(given(p, stamp[2]), given(p, stamp[3])))
                    : new BundleStamp(Objects.requireNonNull(location, "location"), given(p, stamp[1]));
            return new CheckRecord(kind, content, checker, path, plan, code);
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new IOException("incomplete record: " + e.getMessage(), e);
        }
    }

    private static Checker checker(JsonParser p, JsonToken t) throws IOException {
        expect(p, t, JsonToken.START_OBJECT);
        long modified = -2;
        String version = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "modified" -> modified = number(p, v);
                case "version" -> version = string(p, v);
                default -> p.skipChildren();
            }
        }
        return new Checker(given(p, modified), Objects.requireNonNull(version, "checker version"));
    }

    private static PlanSummary plan(JsonParser p, JsonToken t) throws IOException {
        expect(p, t, JsonToken.START_OBJECT);
        String id = null;
        String title = null;
        String issuer = null;
        String locality = null;
        PlanPeriod period = null;
        long[] n = {-2, -2, -2, -2}; // sections, targets, assignments, warnings
        Boolean draft = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "id" -> id = string(p, v);
                case "title" -> title = string(p, v);
                case "issuer" -> issuer = string(p, v);
                case "locality" -> locality = v == JsonToken.VALUE_NULL ? null : string(p, v);
                case "period" -> period = period(p, v);
                case "sections" -> n[0] = number(p, v);
                case "targets" -> n[1] = number(p, v);
                case "assignments" -> n[2] = number(p, v);
                case "warnings" -> n[3] = number(p, v);
                case "draft" -> draft = v == JsonToken.VALUE_TRUE ? Boolean.TRUE
                        : v == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
                default -> p.skipChildren();
            }
        }
        return new PlanSummary(id, title, issuer, locality, Objects.requireNonNull(period, "period"),
                (int) given(p, n[0]), (int) given(p, n[1]), (int) given(p, n[2]), (int) given(p, n[3]),
                Objects.requireNonNull(draft, "draft"));
    }

    private static PlanPeriod period(JsonParser p, JsonToken t) throws IOException {
        expect(p, t, JsonToken.START_OBJECT);
        long from = -2;
        long to = -2;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "from" -> from = number(p, v);
                case "to" -> to = number(p, v);
                default -> p.skipChildren();
            }
        }
        return new PlanPeriod((int) given(p, from), (int) given(p, to));
    }

    private static void expect(JsonParser p, JsonToken t, JsonToken wanted) throws JsonParseException {
        if (t != wanted) {
            throw new JsonParseException(p, "expected " + wanted + ", found " + t);
        }
    }

    private static String string(JsonParser p, JsonToken t) throws IOException {
        expect(p, t, JsonToken.VALUE_STRING);
        return p.getText();
    }

    private static long number(JsonParser p, JsonToken t) throws IOException {
        expect(p, t, JsonToken.VALUE_NUMBER_INT);
        return p.getLongValue();
    }

    /** A number that was given ({@code -2}: missing; every stamp and count is -1 or more). */
    private static long given(JsonParser p, long n) throws JsonParseException {
        if (n < -1) {
            throw new JsonParseException(p, "a number is missing");
        }
        return n;
    }
}
