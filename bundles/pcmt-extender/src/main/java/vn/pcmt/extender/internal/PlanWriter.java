package vn.pcmt.extender.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import vn.pcmt.api.Agency;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.Indicator;
import vn.pcmt.api.LegalBasis;
import vn.pcmt.api.Plan;
import vn.pcmt.api.Project;
import vn.pcmt.api.ReportingDuty;
import vn.pcmt.api.Roadmap;
import vn.pcmt.api.RoadmapStep;
import vn.pcmt.api.Section;
import vn.pcmt.api.Target;
import vn.pcmt.api.UnitGroup;

/** Writes a {@link Plan} in the plan format, so that {@link PlanReader} reads back an equal plan. */
final class PlanWriter {
    private PlanWriter() {}

    static String write(Plan p) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pp);
            g.writeStartObject();
            g.writeNumberField("format", PlanReader.FORMAT_VERSION);
            g.writeStringField("id", p.id());
            g.writeStringField("title", p.title());
            if (!p.titleStated()) {
                g.writeBooleanField("titleStated", false);
            }
            g.writeStringField("issuer", p.issuer());
            if (p.locality() == null) {
                g.writeNullField("locality");
            } else {
                g.writeObjectFieldStart("locality");
                g.writeStringField("name", p.locality().name());
                g.writeStringField("level", p.locality().level());
                g.writeEndObject();
            }
            g.writeStringField("documentNumber", p.documentNumber());
            g.writeStringField("documentDate", p.documentDate() == null ? null : p.documentDate().toString());
            opt(g, "documentDateText", p.documentDateText());
            g.writeObjectFieldStart("period");
            g.writeNumberField("from", p.period().from());
            g.writeNumberField("to", p.period().to());
            g.writeEndObject();
            g.writeObjectFieldStart("source");
            g.writeStringField("text", p.source().text());
            opt(g, "original", p.source().original());
            g.writeEndObject();
            g.writeArrayFieldStart("legalBases");
            for (LegalBasis b : p.legalBases()) {
                g.writeStartObject();
                g.writeStringField("id", b.id());
                opt(g, "section", b.ref().section());
                g.writeNumberField("line", b.ref().line());
                g.writeStringField("text", b.text());
                opt(g, "number", b.number());
                opt(g, "date", b.date() == null ? null : b.date().toString());
                opt(g, "issuer", b.issuer());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("agencies");
            for (Agency a : p.agencies()) {
                g.writeStartObject();
                g.writeStringField("id", a.id());
                g.writeStringField("name", a.name());
                g.writeStringField("kind", a.kind());
                g.writeStringField("level", a.level());
                opt(g, "normalized", a.normalized());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("sections");
            for (Section s : p.sections()) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                g.writeStringField("label", s.label());  // null is written as null
                opt(g, "title", s.title());
                opt(g, "parent", s.parent());
                g.writeNumberField("line", s.line());
                opt(g, "text", s.text());
                areas(g, s.areas());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("indicators");
            for (Indicator i : p.indicators()) {
                g.writeStartObject();
                g.writeStringField("id", i.id());
                g.writeStringField("name", i.name());
                opt(g, "unit", i.unit());
                g.writeStringField("direction", i.direction().code());
                opt(g, "normalized", i.normalized());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("targets");
            for (Target t : p.targets()) {
                target(g, t);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("roadmaps");
            for (Roadmap r : p.roadmaps()) {
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("section", r.section());
                if (r.line() > 0) {
                    g.writeNumberField("line", r.line());
                }
                g.writeStringField("indicator", r.indicator());
                if (r.of() != null) {
                    g.writeNumberField("of", r.of());
                }
                g.writeArrayFieldStart("steps");
                for (RoadmapStep s : r.steps()) {
                    g.writeStartObject();
                    g.writeNumberField("year", s.year());
                    g.writeNumberField("line", s.line());
                    opt(g, "text", s.text());
                    number(g, "value", s.value());
                    if (s.minNew() != null) {
                        g.writeNumberField("minNew", s.minNew());
                    }
                    opt(g, "statedShare", s.statedShare());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("projects");
            for (Project pr : p.projects()) {
                g.writeStartObject();
                g.writeStringField("id", pr.id());
                g.writeStringField("section", pr.ref().section());
                g.writeNumberField("line", pr.ref().line());
                g.writeStringField("label", pr.label());
                opt(g, "title", pr.title());
                opt(g, "parent", pr.parent());
                opt(g, "lead", pr.lead());
                strings(g, "with", pr.with());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("assignments");
            for (Assignment a : p.assignments()) {
                assignment(g, a);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("reportingDuties");
            for (ReportingDuty d : p.reportingDuties()) {
                g.writeStartObject();
                g.writeStringField("id", d.id());
                g.writeStringField("section", d.ref().section());
                g.writeNumberField("line", d.ref().line());
                g.writeStringField("text", d.text());
                strings(g, "from", d.from());
                opt(g, "to", d.to());
                g.writeStringField("frequency", d.frequency().code());
                if (d.dueMonthDay() != null) {
                    g.writeStringField("dueMonthDay", d.dueMonthDay().toString().substring(2));
                }
                opt(g, "dueDate", d.dueDate() == null ? null : d.dueDate().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (p.draft() != null) {
                g.writeObjectFieldStart("draft");
                g.writeStringField("tool", "plan:draft");
                if (p.draft().from() != null) {
                    g.writeStringField("from", p.draft().from());
                }
                g.writeNumberField("items", p.draft().items());
                g.writeNumberField("lowConfidence", p.draft().lowConfidence());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("unitGroups");
            for (UnitGroup u : p.unitGroups()) {
                g.writeStartObject();
                g.writeStringField("id", u.id());
                g.writeStringField("section", u.ref().section());
                g.writeNumberField("line", u.ref().line());
                opt(g, "text", u.text());
                g.writeArrayFieldStart("units");
                for (UnitGroup.NamedUnit n : u.units()) {
                    g.writeStartObject();
                    g.writeStringField("name", n.name());
                    opt(g, "kind", n.kind());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString() + "\n";
    }

    private static void target(JsonGenerator g, Target t) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", t.id());
        g.writeStringField("section", t.ref().section());
        g.writeNumberField("line", t.ref().line());
        areas(g, t.areas());
        g.writeStringField("indicator", t.indicator());
        g.writeStringField("text", t.text());
        opt(g, "normalized", t.normalized());
        g.writeStringField("comparator", t.comparator().code());
        if (t.value() != null) {
            number(g, "value", t.value());
        }
        if (t.valueMax() != null) {
            number(g, "valueMax", t.valueMax());
        }
        g.writeStringField("unit", t.unit().code());
        g.writeStringField("measure", t.measure().code());
        if (t.of() != null) {
            g.writeNumberField("of", t.of());
        }
        if (t.scope() != null) {
            g.writeObjectFieldStart("scope");
            g.writeStringField("text", t.scope().text());
            opt(g, "unitKind", t.scope().unitKind());
            if (t.scope().denominator() != null) {
                g.writeNumberField("denominator", t.scope().denominator());
            }
            g.writeEndObject();
        }
        if (t.deadline() != null) {
            g.writeObjectFieldStart("deadline");
            g.writeNumberField("year", t.deadline().year());
            g.writeBooleanField("implied", t.deadline().implied());
            g.writeEndObject();
        }
        if (t.recurrence() != null) {
            g.writeStringField("recurrence", t.recurrence().code());
        }
        if (t.baseline() != null) {
            g.writeObjectFieldStart("baseline");
            g.writeBooleanField("stated", t.baseline().stated());
            if (t.baseline().value() != null) {
                number(g, "value", t.baseline().value());
            }
            if (t.baseline().year() != null) {
                g.writeNumberField("year", t.baseline().year());
            }
            opt(g, "text", t.baseline().text());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void assignment(JsonGenerator g, Assignment a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("section", a.ref().section());
        g.writeNumberField("line", a.ref().line());
        areas(g, a.areas());
        g.writeStringField("agency", a.agency());
        g.writeStringField("role", a.role().code());
        strings(g, "with", a.with());
        g.writeStringField("text", a.text());
        if (a.due() != null) {
            g.writeObjectFieldStart("due");
            g.writeStringField("date", a.due().date().toString());
            opt(g, "text", a.due().text());
            g.writeEndObject();
        }
        if (a.recurrence() != null) {
            g.writeObjectFieldStart("recurrence");
            g.writeStringField("frequency", a.recurrence().frequency().code());
            opt(g, "text", a.recurrence().text());
            if (a.recurrence().day() != null) {
                g.writeNumberField("day", a.recurrence().day());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, double d) throws IOException {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            g.writeNumberField(name, (long) d);
        } else {
            g.writeNumberField(name, d);
        }
    }

    private static void opt(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void areas(JsonGenerator g, List<String> areas) throws IOException {
        strings(g, "areas", areas);
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
