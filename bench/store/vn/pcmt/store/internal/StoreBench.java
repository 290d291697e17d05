package vn.pcmt.store.internal;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import vn.pcmt.api.Measure;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanPeriod;
import vn.pcmt.api.Ref;
import vn.pcmt.api.SourceDocument;
import vn.pcmt.api.Target;
import vn.pcmt.api.TargetUnit;

/**
 * Store benchmark (issue 5), run by bench/store.sh: a national-scale data set (34 provinces, 3,321 communes,
 * 60 indicators, 12 half-years = 2,391,120 values) through the store's own import path (CSV, checks, SQL) into
 * an H2 file, then report:progress for one provincial plan and a national roll-up of one indicator, each against
 * the same work done with plain JDBC on H2. Medians of several runs; H2's result cache is off (platform.md trap 7).
 * "plain JDBC" runs the very SQL the store runs (the floor); "no totals" is the same answer aggregated from every
 * figure, as the store did before fig_total (V5).
 */
public final class StoreBench {
    static final int PROVINCES = 34;
    static final int COMMUNES = 3_321;
    static final int INDICATORS = 60;
    static final String[] PERIODS = {"2025-H1", "2025-H2", "2026-H1", "2026-H2", "2027-H1", "2027-H2", "2028-H1",
        "2028-H2", "2029-H1", "2029-H2", "2030-H1", "2030-H2"};

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--generate")) {
            generateForPlatform(Path.of(args[1]));
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path dir = Files.createTempDirectory("pcmt-store-bench");
        Path csv = dir.resolve("national.csv");
        List<Plan> plans = generate(csv);
        long rows = (long) COMMUNES * INDICATORS * PERIODS.length;
        System.out.printf("data set: %d provinces, %d communes, %d indicators, %d half-years = %,d values (%,d MB CSV)%n",
                PROVINCES, COMMUNES, INDICATORS, PERIODS.length, rows, Files.size(csv) >> 20);

        // ---- import: the store's own path (indicator:import: CSV streamed, every row checked, one transaction)
        //      against plain JDBC batches of the same rows, keys computed beforehand, into the same table
        // Interleaved (store, plain, store, plain, …), each into a new database file: the first of each is a cold
        // JVM (what one `./pcmt -c indicator:import` meets), the others warm (a console that has imported before).
        // Until issue 14 the store ran once cold and plain JDBC after it warm, which made the ratio look 2-3x worse.
        java.util.Map<String, Plan> byId = new java.util.HashMap<>();
        plans.forEach(p -> byId.put(p.id(), p));
        java.util.Set<String> units = new java.util.HashSet<>();
        for (int c = 0; c < COMMUNES; c++) {
            units.add("c" + c);
        }
        int imports = Math.max(3, Math.min(runs, 5));
        double[] storeRates = new double[imports];
        double[] rawRates = new double[imports];
        JdbcDataSource ds = null;
        Store db = null;
        double seconds = 0;
        for (int i = 0; i < imports; i++) {
            if (db != null) {
                db.close();
            }
            ds = ds(dir.resolve("store-" + i));
            db = new Store(ds, () -> new Audit.Actor("bench", "bench"), true, true); // as the store opens its file: each write forced to disk
            long t0 = System.nanoTime();
            FigureImport.run(db.figures(), csv, id -> java.util.Optional.ofNullable(byId.get(id)), units, dir.resolve("bad-rows.txt"));
            long t1 = System.nanoTime();
            storeRates[i] = rows / ((t1 - t0) / 1e9);
            seconds = (t1 - t0) / 1e9;
            rawRates[i] = rawImport(ds(dir.resolve("raw-" + i)));
        }
        double storeCold = storeRates[0];
        double rawCold = rawRates[0];
        double storeWarm = median(Arrays.copyOfRange(storeRates, 1, imports));
        double rawWarm = median(Arrays.copyOfRange(rawRates, 1, imports));
        System.out.printf("%-44s %12s %12s %8s %12s%n", "", "pcmt", "plain JDBC", "ratio", "no totals");
        System.out.printf("%-44s %,12.0f %,12.0f %8.2f   (target >= 150,000)%n",
                "bulk import, values/s, first in the JVM", storeCold, rawCold, rawCold / storeCold);
        System.out.printf("%-44s %,12.0f %,12.0f %8.2f   (median of %d; last %.1f s)%n",
                "bulk import, values/s, warm", storeWarm, rawWarm, rawWarm / storeWarm, imports - 1, seconds);

        // ---- report:progress for one provincial plan (its ~98 communes)
        Plan one = plans.get(0);
        LocalDate asOf = LocalDate.of(2027, 1, 15);
        double[] progress = new double[runs];
        double[] progressRaw = new double[runs];
        double[] progressFigures = new double[runs];
        for (int i = 0; i < runs; i++) {
            long a = System.nanoTime();
            List<Figures.Aggregate> ag = db.figures().aggregates(one.id());
            for (Target t : one.targets()) {
                ProgressRule.evaluate(one, t, asOf, ProgressRule.fromFigures(t, ag, asOf));
            }
            progress[i] = (System.nanoTime() - a) / 1e6;
            progressRaw[i] = timeSql(ds, Figures.AGGREGATES_SQL, one.id());
            progressFigures[i] = timeSql(ds, Figures.AGGREGATES_FROM_FIGURES_SQL, one.id());
        }
        System.out.printf("%-44s %12.1f %12.1f %8.2f %12.1f   (target <= 100 ms)%n",
                "report:progress, one plan, ms (median)", median(progress), median(progressRaw),
                median(progress) / median(progressRaw), median(progressFigures));

        // ---- one indicator rolled up over all communes, by period
        double[] rollup = new double[runs];
        double[] rollupRaw = new double[runs];
        double[] rollupFigures = new double[runs];
        for (int i = 0; i < runs; i++) {
            // what rollupIndicator hands the database: every plan's target measuring the indicator
            String target = String.format("t%02d", 1 + (i % INDICATORS));
            List<String[]> series = plans.stream().map(p -> new String[] {p.id(), target}).toList();
            long a = System.nanoTime();
            db.figures().rollup(series, false);
            rollup[i] = (System.nanoTime() - a) / 1e6;
            rollupRaw[i] = timeSql(ds, Figures.rollupSql(series.size()), Figures.rollupParams(series));
            rollupFigures[i] = timeSql(ds, Figures.rollupFromFiguresSql("SUM", series.size()),
                    Figures.rollupParams(series));
        }
        System.out.printf("%-44s %12.1f %12.1f %8.2f %12.1f   (target <= 50 ms)%n",
                "roll-up, one indicator, all communes, ms", median(rollup), median(rollupRaw),
                median(rollup) / median(rollupRaw), median(rollupFigures));

        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap in use with the store open after the load: %d MiB; database file %d MiB%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, Files.size(dir.resolve("store-" + (imports - 1) + ".mv.db")) >> 20);
        Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }

    static JdbcDataSource ds(Path file) {
        JdbcDataSource ds = new JdbcDataSource();
        // the store's own settings (Opening.defaultUrl: WRITE_DELAY=0, durable commits), for both columns
        ds.setURL("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;OPTIMIZE_REUSE_RESULTS=FALSE"
                + System.getProperty("bench.h2", ""));
        ds.setUser("sa");
        return ds;
    }

    /** 34 provincial plans with the same 60 targets; every commune of a province reports every indicator. */
    static List<Plan> generate(Path csv) throws Exception {
        List<Target> targets = new ArrayList<>();
        for (int i = 1; i <= INDICATORS; i++) {
            targets.add(new Target(String.format("t%02d", i), new Ref("II", 1), List.of(), "bench-" + i, "chỉ tiêu " + i,
                    null, vn.pcmt.api.Comparator.AT_LEAST, 50.0, null, i % 2 == 0 ? TargetUnit.PERCENT : TargetUnit.COUNT,
                    Measure.LEVEL, null, null, new vn.pcmt.api.Deadline(2030, false), null, null));
        }
        List<Plan> plans = new ArrayList<>();
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("plan,target,period,value,unit\n");
            int commune = 0;
            for (int p = 1; p <= PROVINCES; p++) {
                String id = String.format("bench-%02d", p);
                plans.add(new Plan(id, "Kế hoạch thử " + p, true, "UBND", null, null, null, null,
                        new PlanPeriod(2025, 2030), new SourceDocument("x.txt", null), List.of(), List.of(), List.of(),
                        List.of(), targets, List.of(), List.of(), List.of(), List.of(), List.of()));
                int n = communes(p);
                for (int c = 0; c < n; c++, commune++) {
                    for (Target t : targets) {
                        for (String period : PERIODS) {
                            w.write(id + "," + t.id() + "," + period + "," + ((commune * 7 + period.hashCode()) & 63)
                                    + ",c" + commune + "\n");
                        }
                    }
                }
            }
        }
        return plans;
    }

    /**
     * The same data set as files an operator would use, for the run through ./pcmt: 34 plans in the plan format
     * (plans/bench-NN.plan.json with its text), the units (units.csv) and the figures (national.csv).
     */
    static void generateForPlatform(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("plans"));
        List<Plan> plans = generate(dir.resolve("national.csv"));
        StringBuilder units = new StringBuilder("code,province,name,kind\n");
        int commune = 0;
        for (int p = 1; p <= PROVINCES; p++) {
            int n = communes(p);
            for (int c = 0; c < n; c++, commune++) {
                units.append("c").append(commune).append(",Tỉnh Thử ").append(p).append(",xã Thử ").append(commune)
                        .append(",xa\n");
            }
        }
        Files.writeString(dir.resolve("units.csv"), units);
        for (Plan plan : plans) {
            String id = plan.id();
            int p = Integer.parseInt(id.substring(id.length() - 2));
            StringBuilder text = new StringBuilder("KẾ HOẠCH THỬ " + p + "\nII. CHỈ TIÊU\n");
            StringBuilder indicators = new StringBuilder();
            StringBuilder targets = new StringBuilder();
            for (int i = 1; i <= INDICATORS; i++) {
                String unit = i % 2 == 0 ? "percent" : "count";
                text.append("Chỉ tiêu thử ").append(i).append(" đạt 50.\n");
                indicators.append(i > 1 ? ",\n    " : "").append(String.format("{\"id\": \"bench-%d\", \"name\":"
                        + " \"Chỉ tiêu thử %d\", \"unit\": \"%s\", \"direction\": \"higher\"}", i, i, unit));
                targets.append(i > 1 ? ",\n    " : "").append(String.format("{\"id\": \"t%02d\", \"section\": \"II\","
                        + " \"line\": %d, \"indicator\": \"bench-%d\", \"text\": \"Chỉ tiêu thử %d đạt 50.\","
                        + " \"comparator\": \"at-least\", \"value\": 50, \"unit\": \"%s\", \"measure\": \"level\","
                        + " \"deadline\": {\"year\": 2030}}", i, i + 2, i, i, unit));
            }
            Files.writeString(dir.resolve("plans/" + id + ".txt"), text);
            Files.writeString(dir.resolve("plans/" + id + ".plan.json"), String.format("""
                    {
                      "format": 1, "id": "%s", "title": "KẾ HOẠCH THỬ %d", "issuer": "Ủy ban nhân dân Tỉnh Thử %d",
                      "locality": {"name": "Tỉnh Thử %d", "level": "province"}, "documentNumber": null,
                      "documentDate": null, "period": {"from": 2025, "to": 2030},
                      "source": {"text": "%s.txt", "original": "generated by bench/store.sh"},
                      "legalBases": [], "agencies": [],
                      "sections": [{"id": "II", "label": "II.", "title": "CHỈ TIÊU", "parent": null, "line": 2}],
                      "indicators": [%s],
                      "targets": [%s],
                      "assignments": [], "reportingDuties": []
                    }
                    """, id, p, p, p, id, indicators, targets));
        }
    }

    /** How many communes province {@code p} (1-based) has: the communes spread evenly, the first ones one more. */
    static int communes(int p) {
        return COMMUNES / PROVINCES + (p <= COMMUNES % PROVINCES ? 1 : 0);
    }

    /** The floor: the same rows into the same table shape with plain JDBC batches, keys computed beforehand. */
    static double rawImport(JdbcDataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE fig (k BIGINT PRIMARY KEY, amount DOUBLE PRECISION NOT NULL, batch INT NOT NULL,"
                    + " note VARCHAR(2000))");
            c.setAutoCommit(false);
            int[] periodNumber = new int[PERIODS.length];
            int[] periodHash = new int[PERIODS.length];
            for (int i = 0; i < PERIODS.length; i++) {
                periodNumber[i] = Period.parse(PERIODS[i]).number();
                periodHash[i] = PERIODS[i].hashCode();
            }
            long a = System.nanoTime();
            int n = 0;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO fig (k, amount, batch, note) VALUES (?, ?, ?, ?)")) {
                int commune = 0;
                for (int pl = 1; pl <= PROVINCES; pl++) {
                    int communes = communes(pl);
                    for (int cc = 0; cc < communes; cc++, commune++) {
                        for (int t = 1; t <= INDICATORS; t++) {
                            for (int i = 0; i < PERIODS.length; i++) {
                                p.setLong(1, Figures.key((pl - 1) * INDICATORS + t, periodNumber[i], commune + 1));
                                p.setDouble(2, (commune * 7 + periodHash[i]) & 63);
                                p.setInt(3, 1);
                                p.setString(4, null);
                                p.addBatch();
                                if (++n % FigureWriter.BATCH == 0) {
                                    p.executeBatch();
                                }
                            }
                        }
                    }
                }
                p.executeBatch();
            }
            c.commit();
            return n / ((System.nanoTime() - a) / 1e9);
        }
    }

    static double timeSql(JdbcDataSource ds, String sql, Object... params) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            long a = System.nanoTime();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rs.getDouble(2);
                }
            }
            return (System.nanoTime() - a) / 1e6;
        }
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
