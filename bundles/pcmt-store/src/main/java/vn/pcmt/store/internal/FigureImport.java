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
     * and every bad row is reported with its line: in the error itself up to {@link #MAX_PROBLEMS}, and all of them
     * in {@code report} when there are more (a file wrong throughout would otherwise make an error of millions of
     * lines). {@code units} are the unit codes a row may name.
     */
    static ImportResult run(Figures figures, Path csv, Function<String, Optional<Plan>> plans, Set<String> units,
            Path report) throws StoreException {
        return run(figures, csv, plans, units, report, null);
    }

    /** The same, refusing figures for periods that begin after {@code today} (when not null). */
    static ImportResult run(Figures figures, Path csv, Function<String, Optional<Plan>> plans, Set<String> units,
            Path report, java.time.LocalDate today) throws StoreException {
        int written = figures.write(sink -> {
            List<String> problems = new ArrayList<>();
            int[] count = {0};
            java.io.Writer[] all = {null};
            FigureCheck.Batch checks = new FigureCheck.Batch(plans, today);
            try {
                // the columns' indexes, looked up once (by name for each of 2.4 M rows, 14 M map lookups)
                int[][] at = {null};
                Csv.forEach(csv, List.of("plan", "target", "period", "value"), r -> {
                    if (at[0] == null) {
                        at[0] = new int[] {r.index("plan"), r.index("target"), r.index("period"), r.index("value"),
                            r.index("unit"), r.index("note")};
                    }
                    int[] c = at[0];
                    try {
                        String unit = r.get(c[4]);
                        if (unit != null && !units.contains(unit)) {
                            throw new IllegalArgumentException(Words.t("unit.unknown", unit));
                        }
                        FigureCheck.Checked f = checks.check(r.get(c[0]), r.get(c[1]), r.get(c[2]), r.get(c[3]), unit,
                                r.get(c[5]));
                        // after a bad row only check (keys given twice too): the transaction will be rolled back
                        sink.accept(f, count[0] == 0);
                    } catch (IllegalArgumentException e) {
                        String problem = csv + ":" + r.line() + ": " + e.getMessage();
                        if (++count[0] <= MAX_PROBLEMS) {
                            problems.add(problem);
                        } else {
                            if (all[0] == null) {
                                all[0] = open(report, problems);
                            }
                            write(all[0], report, problem);
                        }
                    }
                });
            } finally {
                close(all[0], report);
            }
            if (count[0] > 0) {
                throw new StoreException(Words.t("import.badRows", count[0]) + "\n" + String.join("\n", problems)
                        + (count[0] > MAX_PROBLEMS ? "\n" + Words.t("import.more", count[0] - MAX_PROBLEMS, report) : ""));
            }
        }, csv.toString());
        return new ImportResult(csv.toString(), written);
    }

    private static java.io.Writer open(Path report, List<String> first) throws StoreException {
        try {
            java.nio.file.Files.createDirectories(report.toAbsolutePath().getParent());
            java.io.Writer w = java.nio.file.Files.newBufferedWriter(report, java.nio.charset.StandardCharsets.UTF_8);
            for (String p : first) {
                w.write(p);
                w.write('\n');
            }
            return w;
        } catch (java.io.IOException e) {
            throw new StoreException(Words.t("import.reportUnwritable", report, e.getMessage()));
        }
    }

    private static void write(java.io.Writer w, Path report, String problem) throws StoreException {
        try {
            w.write(problem);
            w.write('\n');
        } catch (java.io.IOException e) {
            throw new StoreException(Words.t("import.reportUnwritable", report, e.getMessage()));
        }
    }

    private static void close(java.io.Writer w, Path report) throws StoreException {
        if (w != null) {
            try {
                w.close();
            } catch (java.io.IOException e) {
                throw new StoreException(Words.t("import.reportUnwritable", report, e.getMessage()));
            }
        }
    }
}
