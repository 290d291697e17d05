package vn.pcmt.store.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.pcmt.api.ProgressStore.AdminUnit;

/** unit:import: the rows of a units CSV checked, each bad one named with its line, before anything is written. */
final class UnitImport {
    static final List<String> COLUMNS = List.of("code", "province", "name", "kind");
    static final java.util.Set<String> UNIT_KINDS = java.util.Set.of("xa", "phuong", "dac-khu", "tinh", "thanh-pho");

    private UnitImport() {}

    /** The units of the good rows, and a line for each bad one ("file:line: why"). */
    record Checked(List<AdminUnit> units, List<String> problems) {}

    /** Checks every row of {@code csv}; a unit's province must be one of {@code provinces} (matched as words). */
    static Checked check(Path csv, List<Csv.Row> rows, List<String> provinces) {
        List<String> problems = new java.util.ArrayList<>();
        List<AdminUnit> units = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Csv.Row r : rows) {
            String where = csv + ":" + r.line() + ": ";
            String code = r.get("code");
            try {
                if (code == null || r.get("province") == null || r.get("name") == null) {
                    throw new IllegalArgumentException(Words.t("unitCsv.required"));
                }
                if (!seen.add(code)) {
                    throw new IllegalArgumentException(Words.t("unitCsv.twice", code));
                }
                String kind = r.get("kind");
                if (kind == null || !UNIT_KINDS.contains(kind)) {
                    throw new IllegalArgumentException(Words.t("unitCsv.kind", kind, String.join(", ",
                            new java.util.TreeSet<>(UNIT_KINDS))));
                }
                // one matching rule (case, diacritics, whole words): "Hung Yen" is Hưng Yên, never a second province
                String province = vn.pcmt.api.text.Text.pick(r.get("province"), provinces);
                if (province == null) {
                    List<String> close = vn.pcmt.api.text.Text.closest(r.get("province"), provinces);
                    throw new IllegalArgumentException(Words.t("unitCsv.province", r.get("province"))
                            + (close.size() < provinces.size() ? Words.t("unitCsv.closest",
                                    String.join(", ", close.stream().limit(3).toList())) : ""));
                }
                units.add(new AdminUnit(code, province, r.get("name"), kind, date(r.get("effective_from")),
                        date(r.get("effective_to")), r.get("predecessors") == null ? List.of()
                                : List.of(r.get("predecessors").split(";"))));
            } catch (IllegalArgumentException e) {
                problems.add(where + e.getMessage());
            }
        }
        return new Checked(units, problems);
    }

    private static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(Words.t("unitCsv.date", s));
        }
    }
}
