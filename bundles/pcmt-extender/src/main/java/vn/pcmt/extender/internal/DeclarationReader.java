package vn.pcmt.extender.internal;

import static vn.pcmt.extender.internal.ReadContext.orEmpty;

import java.util.Set;
import vn.pcmt.api.Agency;
import vn.pcmt.api.Direction;
import vn.pcmt.api.Indicator;
import vn.pcmt.api.LegalBasis;
import vn.pcmt.api.Ref;
import vn.pcmt.api.Section;
import vn.pcmt.extender.internal.Json.Node;

/**
 * Reads what a plan declares for its other items to refer to: its sections, the agencies it names, its indicators;
 * and its legal bases. Each id declared is remembered in the {@link ReadContext}, so that an item naming an unknown
 * one is refused with its place.
 */
final class DeclarationReader {
    static final Set<String> AGENCY_KINDS = Set.of("police", "military", "border-guard", "coast-guard", "customs",
            "justice", "procuracy", "court", "health", "education", "labour-social", "culture", "information", "media",
            "agriculture-environment", "industry-trade", "finance", "home-affairs", "foreign-affairs",
            "science-technology", "construction", "transport", "ethnic-religion", "inspectorate", "tax",
            "people-committee", "commune-committee", "party", "fatherland-front", "youth-union", "women-union",
            "labour-union", "farmers-union", "veterans-union", "steering-committee", "office", "school", "enterprise",
            "group", "other");
    static final Set<String> LEVELS = Set.of("national", "province", "commune", "district", "unit");
    static final Set<String> INDICATOR_UNITS = Set.of("percent", "count", "units", "cases", "people", "sessions",
            "models", "percent-per-year");

    private final ReadContext cx;

    DeclarationReader(ReadContext cx) {
        this.cx = cx;
    }

    Section section(Node n) {
        Fields f = cx.fields(n, "id", "label", "title", "parent", "line", "text", "areas");
        String id = f.itemId();
        String label = f.strOrNull("label", true);
        String parent = f.strOrNull("parent", false);
        if (parent != null && !cx.sectionIds.contains(parent)) {
            cx.problem(f.node("parent"), "parent \"" + parent + "\" is not a section defined before this one");
        }
        if (id != null && !cx.sectionIds.add(id)) {
            cx.problem(f.node("id"), "duplicate section id \"" + id + "\"");
        }
        int line = f.line(true);
        String title = f.quote("title", line, false);
        String text = f.quote("text", line, false);
        return new Section(id, label, title, parent, line, text, f.areas());
    }

    Agency agency(Node n) {
        Fields f = cx.fields(n, "id", "name", "kind", "level", "normalized");
        String id = f.itemId();
        if (id != null && !cx.agencyIds.add(id)) {
            cx.problem(f.node("id"), "duplicate agency id \"" + id + "\"");
        }
        return new Agency(orEmpty(id), orEmpty(f.str("name", true)), orEmpty(f.oneOf("kind", AGENCY_KINDS, true)),
                orEmpty(f.oneOf("level", LEVELS, true)), f.str("normalized", false));
    }

    Indicator indicator(Node n) {
        Fields f = cx.fields(n, "id", "name", "unit", "direction", "normalized");
        String id = f.itemId();
        if (id != null && !cx.indicatorIds.add(id)) {
            cx.problem(f.node("id"), "duplicate indicator id \"" + id + "\"");
        }
        String unit = f.oneOf("unit", INDICATOR_UNITS, true);
        Direction dir = f.code("direction", Direction::ofCode, true);
        return new Indicator(orEmpty(id), orEmpty(f.str("name", true)), unit, dir == null ? Direction.HIGHER : dir,
                f.str("normalized", false));
    }

    LegalBasis legalBasis(Node n) {
        Fields f = cx.fields(n, "id", "section", "line", "text", "number", "date", "issuer");
        String id = f.itemId();
        String section = f.sectionRef(false);
        int line = f.line(true);
        String text = f.quote("text", line, true);
        return new LegalBasis(id, new Ref(section, line), text, f.strOrNull("number", false), f.date("date", false),
                f.strOrNull("issuer", false));
    }
}
