package vn.pcmt.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.pcmt.api.Comparator;
import vn.pcmt.api.Deadline;
import vn.pcmt.api.Measure;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanPeriod;
import vn.pcmt.api.ProgressStore.Figure;
import vn.pcmt.api.Ref;
import vn.pcmt.api.SourceDocument;
import vn.pcmt.api.StoreException;
import vn.pcmt.api.Target;
import vn.pcmt.api.TargetUnit;

/** Figures on a real H2 file: integer keys, imports, replaced values, and the data of a V2 database carried over. */
class FigureStoreTest extends H2FileTest {

    static Plan plan(String id) {
        List<Target> targets = List.of(
                new Target("share", new Ref("II.2", 1), List.of(), "commune-reviewed-share", "tỷ lệ xã", null,
                        Comparator.AT_LEAST, 50.0, null, TargetUnit.PERCENT, Measure.LEVEL, null, null,
                        new Deadline(2030, false), null, null),
                new Target("count", new Ref("II.2", 2), List.of(), "treated", "số người", null, Comparator.AT_LEAST,
                        100.0, null, TargetUnit.COUNT, Measure.LEVEL, null, null, new Deadline(2030, false), null, null));
        return new Plan(id, "Kế hoạch " + id, true, "UBND", null, null, null, null, new PlanPeriod(2025, 2030),
                new SourceDocument("x.txt", null), List.of(), List.of(), List.of(), List.of(), targets, List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    final Map<String, Plan> plans = Map.of("p1", plan("p1"), "p2", plan("p2"));

    Path csv(String name, String... lines) throws Exception {
        return Files.writeString(dir.resolve(name), "plan,target,period,value,unit,note\n" + String.join("\n", lines) + "\n");
    }

    int importCsv(Store db, Path csv) throws StoreException {
        return FigureImport.run(db.figures(), csv, id -> Optional.ofNullable(plans.get(id)), Set.of("x1", "x2"),
                dir.resolve("log/bad-rows.txt")).rows();
    }

    @Test
    void keysPackSeriesPeriodAndUnit() {
        long k = Figures.key(3, Period.parse("2026-H2").number(), 77);
        assertEquals(3, k / Figures.SERIES_STEP);
        assertEquals("2026-H2", Period.ofNumber(Figures.periodOf(k)).code());
        assertEquals(77, k & Figures.UNIT_MASK);
        assertTrue(Figures.key(3, 0, 0) < k && k < Figures.key(4, 0, 0), "a series is one range of keys");
        assertEquals("2026", Period.ofNumber(Period.parse("2026").number()).code());
    }

    @Test
    void anImportWritesEveryRowAndAReImportKeepsWhatItReplaced() throws Exception {
        Store db = new Store(ds(), "cong-an");
        assertEquals(4, importCsv(db, csv("a.csv", "p1,count,2025-H1,10,x1", "p1,count,2025-H1,12,x2",
                "p1,count,2025,30,", "p2,count,2025-H1,5,x1,\"ghi chú, có dấu phẩy\"")));
        List<Figures.Aggregate> ag = db.figures().aggregates("p1");
        Figures.Aggregate h1 = ag.stream().filter(a -> a.period().equals("2025-H1")).findFirst().orElseThrow();
        assertEquals(22, h1.sum());
        assertEquals(2, h1.units());
        assertEquals(null, h1.own());
        assertEquals(30.0, ag.stream().filter(a -> a.period().equals("2025")).findFirst().orElseThrow().own());
        assertEquals(List.of(new vn.pcmt.api.ProgressStore.Rollup("2025-H1", 27.0, 3)), db.figures().rollup(List.of(new String[] {"p1", "count"}, new String[] {"p2", "count"}), false),
                "a national roll-up sums every plan's units: 10 + 12 + 5");
        assertEquals(List.of(new vn.pcmt.api.ProgressStore.Rollup("2025-H1", 11.0, 2)), db.figures().rollup("p1", "count", true));

        // the second import replaces one value and adds one; the replaced value stays in the history
        assertEquals(2, importCsv(db, csv("b.csv", "p1,count,2025-H1,11,x1", "p1,count,2025-H2,14,x1")));
        List<Figure> history = db.figures().history("p1", "count");
        assertEquals(List.of("2025 30", "2025-H1 x1 10", "2025-H1 x2 12", "2025-H1 x1 11", "2025-H2 x1 14"),
                history.stream().map(f -> (f.period() + " " + f.unit() + " " + vn.pcmt.api.text.Numbers.format(f.value()))
                        .replace("  ", " ")).toList());
        assertEquals("cong-an", history.get(0).operator());
        assertTrue(history.get(0).at().isBefore(history.get(4).at()) || history.get(0).at().equals(history.get(4).at()));
        assertEquals(23.0, db.figures().aggregates("p1").stream().filter(a -> a.period().equals("2025-H1")).findFirst()
                .orElseThrow().sum(), "11 + 12 now");
        assertEquals("ghi chú, có dấu phẩy", db.figures().history("p2", "count").get(0).note());
        try (Connection c = ds().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM figure WHERE plan_id = 'p1' AND period = '2025-H1'")) {
            rs.next();
            assertEquals(2, rs.getInt(1), "the readable view shows current values only");
        }
    }

    @Test
    void aKeyTwiceInOneFileOrABadRowWritesNothingAndNamesEveryLine() throws Exception {
        Store db = new Store(ds(), "x");
        StoreException e = assertThrows(StoreException.class, () -> importCsv(db, csv("dup.csv",
                "p1,count,2025-H1,10,x1", "p1,share,2025,120,", "p1,count,2025-H1,11,x1", "p9,count,2025,1,")));
        String m = e.getMessage();
        assertTrue(m.startsWith("3 bad rows; nothing was imported"), m);
        assertTrue(m.contains("dup.csv:3: value 120 is a share above 100 %"), m);
        assertTrue(m.contains("dup.csv:4: plan p1, target count, period 2025-H1, unit x1 was already given earlier"), m);
        assertTrue(m.contains("dup.csv:5: unknown plan \"p9\""), m);
        assertTrue(db.figures().history("p1", "count").isEmpty(), "nothing written");
        assertTrue(db.audit().since(null).isEmpty(), "nothing audited");
    }

    @Test
    void aFileWrongThroughoutListsTheFirstThousandAndWritesEveryBadRowToAFile() throws Exception {
        Store db = new Store(ds(), "x");
        String[] rows = new String[1_200];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = "p1,count,2025-H1,-" + (i + 1) + ",x1";
        }
        rows[7] = "p1,count,2025,1,";
        StoreException e = assertThrows(StoreException.class, () -> importCsv(db, csv("wrong.csv", rows)));
        String m = e.getMessage();
        assertTrue(m.startsWith("1199 bad rows; nothing was imported"), m.substring(0, 80));
        assertEquals(1_000, m.lines().filter(l -> l.contains("wrong.csv:")).count(), "the first thousand in the error");
        assertTrue(m.endsWith("… and 199 more; every bad row is listed in " + dir.resolve("log/bad-rows.txt")), m);
        List<String> all = java.nio.file.Files.readAllLines(dir.resolve("log/bad-rows.txt"));
        assertEquals(1_199, all.size());
        assertTrue(all.get(1_198).startsWith(dir.resolve("wrong.csv") + ":1201: value -1200 is negative"), all.get(1_198));
        assertTrue(db.figures().history("p1", "count").isEmpty(), "nothing written");
    }

    @Test
    void aDatabaseOfTheStringKeyedSchemaIsCarriedOver() throws Exception {
        try (Connection c = ds().getConnection(); Statement s = c.createStatement()) {
            assertEquals(3, Migrations.apply(c, 3));
            s.execute("INSERT INTO figure_history (plan_id, target_id, period, unit_code, amount, note, operator,"
                    + " recorded_at) VALUES ('hung-yen', 'II.2#1', '2025', '', 20, NULL, 'a', TIMESTAMP WITH TIME ZONE"
                    + " '2025-12-01 08:00:00+07'), ('hung-yen', 'II.2#1', '2025', '', 27, 'sửa', 'b',"
                    + " TIMESTAMP WITH TIME ZONE '2025-12-02 08:00:00+07'), ('hung-yen', 'II.2#1', '2026-H1', 'xa-1', 3,"
                    + " NULL, 'a', TIMESTAMP WITH TIME ZONE '2025-12-01 08:00:00+07')");
            s.execute("INSERT INTO figure SELECT plan_id, target_id, period, unit_code, amount, note, operator, recorded_at"
                    + " FROM figure_history WHERE amount <> 20");
        }
        Store db = new Store(ds(), "x");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().matches("db-before-V4-\\d{8}-\\d{6}\\.zip")),
                    "a copy of the V3 database was made before migrating it");
        }
        List<Figure> h = db.figures().history("hung-yen", "II.2#1");
        assertEquals(List.of("2025  20 a", "2026-H1 xa-1 3 a", "2025  27 b"), h.stream()
                .map(f -> f.period() + " " + f.unit() + " " + vn.pcmt.api.text.Numbers.format(f.value()) + " " + f.operator())
                .toList());
        assertEquals("sửa", h.get(2).note());
        Figures.Aggregate y = db.figures().aggregates("hung-yen").stream().filter(a -> a.period().equals("2025")).findFirst()
                .orElseThrow();
        assertEquals(27.0, y.own(), "the later value is current");
        try (Connection c = ds().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT period, unit_code, amount FROM figure ORDER BY period")) {
            assertTrue(rs.next());
            assertEquals("2025", rs.getString(1));
            assertEquals(27.0, rs.getDouble(3));
            assertTrue(rs.next());
            assertEquals("2026-H1", rs.getString(1));
            assertEquals("xa-1", rs.getString(2));
            assertFalse(rs.next());
        }
    }

    @Test
    void longSetFindsEveryRepeatThroughGrowth() {
        FigureWriter.LongSet set = new FigureWriter.LongSet();
        for (long v = 0; v < 100_000; v++) {
            assertTrue(set.add(v * Figures.SERIES_STEP + v), "first " + v);
        }
        for (long v = 0; v < 100_000; v += 7) {
            assertFalse(set.add(v * Figures.SERIES_STEP + v), "repeat " + v);
        }
        assertTrue(set.add(-1));
    }

    /** Random imports, re-imports and single records: the totals always equal what every figure adds up to. */
    @Test
    void totalsKeptByEveryWriteEqualTheFiguresTheySummarise() throws Exception {
        Store db = new Store(ds(), "x");
        java.util.Random random = new java.util.Random(20261124);
        String[] periods = {"2025", "2025-H1", "2025-H2", "2026-H1"};
        String[] units = {"", "x1", "x2"};
        for (int round = 0; round < 12; round++) {
            List<String> lines = new java.util.ArrayList<>();
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (int i = 0; i < 10; i++) {
                String key = (random.nextBoolean() ? "p1" : "p2") + ",count," + periods[random.nextInt(periods.length)]
                        + "," + random.nextInt(100) + "," + units[random.nextInt(units.length)];
                String[] part = key.split(",", -1);
                String unique = part[0] + " " + part[2] + " " + part[4];
                if (keys.add(unique)) {
                    lines.add(key);
                }
            }
            if (round % 3 == 2) {
                String[] one = lines.get(0).split(",", -1);
                db.figures().write(List.of(FigureCheck.check(plans.get(one[0]), one[1], one[2], one[3], one[4], null)), null);
            } else {
                importCsv(db, csv("r" + round + ".csv", lines.toArray(String[]::new)));
            }
        }
        for (String plan : List.of("p1", "p2")) {
            java.util.Set<String> fromTotals = new java.util.TreeSet<>();
            db.figures().aggregates(plan).forEach(a -> fromTotals.add(a.target() + " " + a.period() + " " + a.own() + " "
                    + a.sum() + " " + a.units()));
            java.util.Set<String> fromFigures = new java.util.TreeSet<>();
            db.database().transaction(c -> Database.query(c, Figures.AGGREGATES_FROM_FIGURES_SQL, rs -> rs.getString(1) + " "
                    + Period.ofNumber(rs.getInt(2)).code() + " " + (rs.getObject(3) == null ? null : rs.getDouble(3))
                    + " " + rs.getDouble(4) + " " + rs.getInt(5), plan)).forEach(fromFigures::add);
            assertEquals(fromFigures, fromTotals, plan);
            assertTrue(fromTotals.size() >= 3, "the test wrote something: " + fromTotals);
        }
        List<String[]> both = List.of(new String[] {"p1", "count"}, new String[] {"p2", "count"});
        List<String> fromFigures = db.database().transaction(c -> Database.query(c, Figures.rollupFromFiguresSql("AVG", 2),
                rs -> Period.ofNumber(rs.getInt(1)).code() + " " + Math.round(rs.getDouble(2) * 1e6) + " " + rs.getInt(3),
                Figures.rollupParams(both)));
        assertEquals(fromFigures, db.figures().rollup(both, true).stream().map(r -> r.period() + " "
                + Math.round(r.value() * 1e6) + " " + r.units()).toList());
    }

    /**
     * Two consoles writing into a target with no figures yet, at once: the later waits for the earlier (both create
     * the target's series row, a unique key), then finds its figures and replaces the one it gives. Nothing is lost.
     */
    @Test
    void twoWritesIntoANewTargetAtOnceAreSerialisedAndBothKept() throws Exception {
        Store first = new Store(ds(), "a");
        Store second = new Store(ds(), "b");
        java.util.concurrent.CountDownLatch written = new java.util.concurrent.CountDownLatch(1);
        Plan p1 = plans.get("p1");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<Integer> big = pool.submit(() -> first.figures().write(sink -> {
                for (int u = 0; u < FigureWriter.BATCH; u++) { // one whole batch: sent to the database before the end
                    sink.accept(FigureCheck.check(p1, "count", "2025-H1", "1", "u" + u, null), true);
                }
                written.countDown();
                try {
                    Thread.sleep(300); // still open while the second write arrives
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "big.csv"));
            assertTrue(written.await(30, java.util.concurrent.TimeUnit.SECONDS));
            second.figures().write(List.of(FigureCheck.check(p1, "count", "2025-H1", "2", "u5", null)), null);
            assertEquals(FigureWriter.BATCH, big.get(30, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("a 1", "b 2"), first.figures().history("p1", "count").stream().filter(f -> f.unit().equals("u5"))
                .map(f -> f.operator() + " " + vn.pcmt.api.text.Numbers.format(f.value())).toList());
        Figures.Aggregate h1 = first.figures().aggregates("p1").get(0);
        assertEquals(FigureWriter.BATCH, h1.units());
        assertEquals(FigureWriter.BATCH + 1.0, h1.sum(), "the totals saw both writes");
    }
}
