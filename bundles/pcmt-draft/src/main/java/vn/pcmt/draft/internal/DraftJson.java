package vn.pcmt.draft.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** A draft written in the plan format (docs/plan-format.md), with the draft metadata on every drafted item. */
final class DraftJson {
    private DraftJson() {}

    static String write(Draft d, String textFile, String original) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("format", 1);
            g.writeStringField("id", d.id);
            g.writeStringField("title", d.title);
            if (!d.titleStated) {
                g.writeBooleanField("titleStated", false);
            }
            g.writeStringField("issuer", d.issuer);
            if (d.localityName == null) {
                g.writeNullField("locality");
            } else {
                g.writeObjectFieldStart("locality");
                g.writeStringField("name", d.localityName);
                g.writeStringField("level", d.localityLevel);
                g.writeEndObject();
            }
            g.writeStringField("documentNumber", d.documentNumber);
            g.writeStringField("documentDate", d.documentDate == null ? null : d.documentDate.toString());
            if (d.documentDateText != null) {
                g.writeStringField("documentDateText", d.documentDateText);
            }
            g.writeObjectFieldStart("period");
            g.writeNumberField("from", d.from);
            g.writeNumberField("to", d.to);
            g.writeEndObject();
            g.writeObjectFieldStart("source");
            g.writeStringField("text", textFile);
            g.writeStringField("original", original);
            g.writeEndObject();
            draftInfo(g, d, original);
            g.writeArrayFieldStart("legalBases");
            for (Draft.Legal l : d.legal) {
                g.writeStartObject();
                g.writeStringField("id", l.id());
                g.writeNumberField("line", l.line());
                g.writeStringField("text", l.text());
                g.writeStringField("number", l.number());
                g.writeStringField("date", l.date() == null ? null : l.date().toString());
                g.writeStringField("issuer", l.issuer());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("agencies");
            for (Draft.Agency a : d.agencies.values()) {
                g.writeStartObject();
                g.writeStringField("id", a.id());
                g.writeStringField("name", a.name());
                g.writeStringField("kind", a.kind());
                g.writeStringField("level", a.level());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("sections");
            for (Draft.Section s : d.sections) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                g.writeStringField("label", s.label());
                g.writeStringField("title", s.title());
                g.writeStringField("parent", s.parent());
                g.writeNumberField("line", s.line());
                if (s.text() != null) {
                    g.writeStringField("text", s.text());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("indicators");
            for (Draft.Indicator i : d.indicators.values()) {
                g.writeStartObject();
                g.writeStringField("id", i.id());
                g.writeStringField("name", i.name());
                g.writeStringField("unit", i.unit());
                g.writeStringField("direction", i.direction());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("targets");
            for (Draft.Target t : d.targets) {
                g.writeStartObject();
                g.writeStringField("id", t.id());
                g.writeStringField("section", t.section());
                g.writeNumberField("line", t.line());
                g.writeStringField("indicator", t.indicator());
                g.writeStringField("text", t.text());
                g.writeStringField("comparator", t.comparator());
                if (t.value() != null) {
                    number(g, "value", t.value());
                }
                if (t.valueMax() != null) {
                    number(g, "valueMax", t.valueMax());
                }
                g.writeStringField("unit", t.unit());
                if (t.measure() != null) {
                    g.writeStringField("measure", t.measure());
                }
                if (t.of() != null) {
                    g.writeNumberField("of", t.of());
                }
                if (t.year() == null) {
                    g.writeNullField("deadline");
                } else {
                    g.writeObjectFieldStart("deadline");
                    g.writeNumberField("year", t.year());
                    g.writeBooleanField("implied", t.implied());
                    g.writeEndObject();
                }
                if (t.recurrence() != null) {
                    g.writeStringField("recurrence", t.recurrence());
                }
                meta(g, t.meta(), null);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("roadmaps");
            for (Draft.Roadmap r : d.roadmaps) {
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("section", r.section());
                g.writeNumberField("line", r.steps().get(0).line());
                g.writeStringField("indicator", r.indicator());
                if (r.of() != null) {
                    g.writeNumberField("of", r.of());
                }
                g.writeArrayFieldStart("steps");
                for (Draft.Step s : r.steps()) {
                    g.writeStartObject();
                    g.writeNumberField("year", s.year());
                    g.writeNumberField("line", s.line());
                    g.writeStringField("text", s.text());
                    g.writeNumberField("value", s.value());
                    if (s.minNew() != null) {
                        g.writeNumberField("minNew", s.minNew());
                    }
                    if (s.statedShare() != null) {
                        g.writeStringField("statedShare", s.statedShare());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                meta(g, r.meta(), null);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("assignments");
            for (Draft.Duty a : d.duties) {
                g.writeStartObject();
                g.writeStringField("id", a.id());
                g.writeStringField("section", a.section());
                g.writeNumberField("line", a.line());
                g.writeStringField("agency", a.agency());
                g.writeStringField("role", a.role());
                if (!a.with().isEmpty()) {
                    g.writeArrayFieldStart("with");
                    for (String x : a.with()) {
                        g.writeString(x);
                    }
                    g.writeEndArray();
                }
                g.writeStringField("text", a.text());
                if (a.due() != null) {
                    g.writeObjectFieldStart("due");
                    g.writeStringField("date", a.due().date().toString());
                    if (a.due().text() != null) { // wording on another line (a responsibility line) is no quote
                        g.writeStringField("text", a.due().text());
                    }
                    g.writeEndObject();
                }
                if (a.recurrence() != null) {
                    g.writeObjectFieldStart("recurrence");
                    g.writeStringField("frequency", a.recurrence());
                    if (a.recurrenceText() != null) {
                        g.writeStringField("text", a.recurrenceText());
                    }
                    g.writeEndObject();
                }
                meta(g, a.meta(), a.due() != null && a.due().done() ? "done" : null);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("reportingDuties");
            for (Draft.Report r : d.reports) {
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("section", r.section());
                g.writeNumberField("line", r.line());
                g.writeStringField("text", r.text());
                g.writeArrayFieldStart("from");
                for (String x : r.from()) {
                    g.writeString(x);
                }
                g.writeEndArray();
                if (r.to() != null) {
                    g.writeStringField("to", r.to());
                }
                g.writeStringField("frequency", r.frequency());
                if (r.dueMonthDay() != null) {
                    g.writeStringField("dueMonthDay", r.dueMonthDay());
                }
                if (r.dueDate() != null) {
                    g.writeStringField("dueDate", r.dueDate().toString());
                }
                meta(g, r.meta(), null);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString() + "\n";
    }

    private static void draftInfo(JsonGenerator g, Draft d, String original) throws IOException {
        g.writeObjectFieldStart("draft");
        g.writeStringField("tool", "plan:draft");
        g.writeStringField("from", original);
        g.writeNumberField("items", d.targets.size() + d.roadmaps.size() + d.duties.size() + d.reports.size());
        g.writeNumberField("lowConfidence", d.lowConfidence());
        g.writeArrayFieldStart("findings");
        for (String f : d.findings) {
            g.writeString(f);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("differences");
        for (Draft.Difference x : d.differences) {
            g.writeStartObject();
            g.writeStringField("plan", x.plan());
            g.writeStringField("indicator", x.indicator());
            if (x.year() != null) {
                g.writeNumberField("year", x.year());
            }
            g.writeStringField("loaded", x.loaded());
            g.writeStringField("drafted", x.drafted());
            g.writeStringField("target", x.target());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void meta(JsonGenerator g, Draft.Meta m, String status) throws IOException {
        g.writeObjectFieldStart("draft");
        g.writeNumberField("confidence", m.confidence());
        g.writeStringField("words", m.words());
        if (status != null) {
            g.writeStringField("status", status);
        }
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, double v) throws IOException {
        if (v == Math.rint(v)) {
            g.writeNumberField(name, (long) v);
        } else {
            g.writeNumberField(name, v);
        }
    }
}
