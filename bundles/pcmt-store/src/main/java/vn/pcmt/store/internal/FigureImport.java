package vn.pcmt.store.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.pcmt.api.Plan;
import vn.pcmt.api.ProgressStore.ImportResult;
import vn.pcmt.api.StoreException;

/** indicator:import: a figures CSV read, checked and written in one transaction (also what bench/store.sh times). */
final class FigureImport {
    /** Bad rows listed in full; a file wrong throughout (a wrong plan id on a million rows) is summarised after these. */
    static final int MAX_PROBLEMS = 1000;

    private FigureImport() {}

    /**
     * Reads {@code csv} a row at a time, checks each row and writes the good ones; any bad row rolls everything back
     * and every bad row is reported with its line. {@code units} are the unit codes a row may name.
     */
    static ImportResult run(Database db, Path csv, Function<String, Optional<Plan>> plans, Set<String> units)
            throws StoreException {
        int written = db.writeFigures(sink -> {
            List<String> problems = new ArrayList<>();
            FigureCheck.Batch checks = new FigureCheck.Batch(plans);
            Csv.forEach(csv, List.of("plan", "target", "period", "value"), r -> {
                try {
                    String unit = r.get("unit");
                    if (unit != null && !units.contains(unit)) {
                        throw new IllegalArgumentException("unknown unit \"" + unit + "\" (see unit:list)");
                    }
                    FigureCheck.Checked f = checks.check(r.get("plan"), r.get("target"), r.get("period"),
                            r.get("value"), unit, r.get("note"));
                    // after a bad row only check (keys given twice too): the transaction will be rolled back
                    sink.accept(f, problems.isEmpty());
                } catch (IllegalArgumentException e) {
                    problems.add(csv + ":" + r.line() + ": " + e.getMessage());
                }
            });
            if (!problems.isEmpty()) {
                int shown = Math.min(problems.size(), MAX_PROBLEMS);
                throw new StoreException(problems.size() + " bad rows; nothing was imported:\n"
                        + String.join("\n", problems.subList(0, shown))
                        + (shown < problems.size() ? "\n… and " + (problems.size() - shown) + " more" : ""));
            }
        }, csv.toString());
        return new ImportResult(csv.toString(), written);
    }
}
