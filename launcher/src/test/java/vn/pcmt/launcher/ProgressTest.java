package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assignment status, deadlines and the audit, on the real store (an H2 file in the data folder), "today" fixed. */
class ProgressTest {
    @TempDir
    Path data;
    Platform platform;

    @BeforeEach
    void start() throws Exception {
        platform = Platform.start(Platform.Settings.defaults(PlatformTest.HOME, data, List.of("hung-yen"))
                .withDeploy(data.resolve("deploy")).withExtra(Map.of("pcmt.today", "2026-11-23", "pcmt.operator", "cahy")));
    }

    @AfterEach
    void stop() throws Exception {
        platform.close();
    }

    String ok(String command) throws Exception {
        return Fixtures.ok(platform, command).out();
    }

    @Test
    void overdueDeadlinesUntilMarkedDone() throws Exception {
        String overdue = ok("assignment:list --overdue");
        assertTrue(overdue.contains("III.1.2#2") && overdue.contains("2025-08-31") && overdue.contains("449"), overdue);
        assertTrue(overdue.contains("III.1.2#4") && overdue.contains("2025-12-31"), "quý IV/2025 is overdue too");
        assertTrue(overdue.contains("4 assignments overdue as of 2026-11-23"), overdue);
        ok("assignment:update III.1.2#2 done --note \"đã ban hành\"");
        String after = ok("assignment:list --overdue");
        assertTrue(!after.contains("III.1.2#2") && after.contains("3 assignments overdue"), after);
        assertTrue(ok("assignment:list --overdue --as-of 2025-08-30").contains("Nothing overdue"));
        assertTrue(Files.exists(data.resolve("db/pcmt.mv.db")), "an H2 file database in the data folder");
    }

    @Test
    void reportingRoundsComingAndMissed() throws Exception {
        String due = ok("report:due");
        assertTrue(due.lines().anyMatch(l -> l.startsWith("2026-12-15") && l.contains("due in 22 days")), due);
        assertTrue(due.lines().anyMatch(l -> l.startsWith("2026-06-15") && l.contains("missed")), due);
        assertTrue(due.lines().noneMatch(l -> l.startsWith("2025-06-15")), "before the plan was issued (15/8/2025)");
        assertTrue(ok("report:due --within 5").lines().noneMatch(l -> l.startsWith("2026-12-15")));
    }

    @Test
    void changesAreAuditedWithOperatorAndValues() throws Exception {
        ok("assignment:update III.7#3 in-progress");
        ok("assignment:update III.7#3 blocked --note \"chờ tiêu chí\"");
        Path src = PlatformTest.HOME.resolve("bundles/plan-hung-yen/src/main/resources/plan/hung-yen.plan.json");
        Path copy = data.resolve("copy.plan.json");
        Files.writeString(copy, Files.readString(src).replace("\"id\": \"hung-yen\"", "\"id\": \"hy-copy\""));
        Files.copy(src.resolveSibling("hung-yen.txt"), data.resolve("hung-yen.txt")); // its text, required beside it
        ok("plan:load " + copy);
        ok("plan:unload hy-copy");
        String audit = ok("audit:list --format json");
        // pcmt.operator (set to "cahy" above) names nobody since issue 15: the audit names the OS user running pcmt,
        // an admin as the data folder's owner, and the channel
        String os = Files.getOwner(Path.of("/proc/self")).getName();
        assertTrue(audit.contains("\"operator\" : \"" + os + "\"") && !audit.contains("cahy"), audit);
        assertTrue(audit.contains("\"channel\" : \"batch\""), audit);
        assertTrue(audit.contains("\"old\" : \"in-progress\"") && audit.contains("blocked (chờ tiêu chí)"), audit);
        assertTrue(audit.contains("\"action\" : \"plan.load\"") && audit.contains("\"action\" : \"plan.unload\""), audit);
        Platform.Result bad = platform.execute("assignment:update III.7#3 finished");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("unknown status \"finished\""), bad.err());
        Platform.Result unknown = platform.execute("assignment:update III.7#9 done");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("Did you mean"), unknown.err());
    }

    @Test
    void recognitionsDriveTheDrugFreeTargetsAndTheRoadmap() throws Exception {
        String script = Files.readString(PlatformTest.HOME.resolve("examples/hung-yen-2025.gosh"))
                .replace("examples/", PlatformTest.HOME.resolve("examples").toString() + "/");
        int run = platform.execute(script, java.io.InputStream.nullInputStream(),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()), System.err);
        assertEquals(0, run, "the demo script runs");
        String units = ok("unit:list --province \"Hưng Yên\"");
        assertTrue(units.contains("xã Chí Minh") && units.contains("Hưng Yên: 28 of 28 units drug-free"), units);
        String p = ok("report:progress hung-yen --wide --as-of 2026-11-23");
        // 28 of the 104 communes imported: the share is shown, never "achieved" (docs/progress.md)
        assertTrue(p.lines().anyMatch(l -> l.startsWith("II.2#1") && l.contains("26.9")
                && l.contains("incomplete data: 28 of 104 communes imported")), p);
        assertTrue(p.lines().anyMatch(l -> l.startsWith("I.2#1") && l.contains("achieved")), "a count of recognitions"
                + " is a fact, whatever was imported: " + p);
        assertTrue(p.lines().anyMatch(l -> l.startsWith("II.2#2") && l.contains("incomplete data")), p);
        assertTrue(p.lines().anyMatch(l -> l.startsWith("2025") && l.contains("28/104") && l.contains("achieved")), p);
        assertTrue(p.lines().anyMatch(l -> l.startsWith("2026") && l.contains("in progress")), p);
        String before = ok("report:progress hung-yen --wide --as-of 2025-12-01");
        assertTrue(before.lines().anyMatch(l -> l.startsWith("II.2#1") && l.contains("no data") || l.startsWith("II.2#1")
                && l.contains(" 0 ")), "nothing recognised before the decisions: " + before);
        ok("unit:withdraw hy-xa-chi-minh drug-free --date 2026-03-01 --decision \"Quyết định thu hồi (ví dụ)\"");
        String after = ok("report:progress hung-yen --wide --as-of 2026-11-23");
        assertTrue(after.contains("27/104") || after.contains("26.0"), after);
        Platform.Result twice = platform.execute("unit:recognize hy-xa-tong-tran drug-free --date 2026-01-01 --decision x");
        assertEquals(1, twice.exit());
        assertTrue(twice.err().contains("already recognised"), twice.err());
    }

    @Test
    void figuresAreCheckedAndABadImportWritesNothing() throws Exception {
        ok("indicator:record hung-yen II.2#3 2026-H1 60 --note \"báo cáo 6 tháng\"");
        for (String[] bad : new String[][] {{"II.2#3 2026-H1 130", "share above 100"}, {"II.2#3 2031 50", "outside"},
            {"II.2#3 2026 abc", "not a number"}, {"II.2#99 2026 5", "unknown target"}, {"III.2.7#1 2026 -3", "negative"}}) {
            Platform.Result r = platform.execute("indicator:record hung-yen " + bad[0]);
            assertEquals(1, r.exit(), bad[0]);
            assertTrue(r.err().contains(bad[1]) && !r.err().contains("Exception"), r.err());
        }
        Path csv = data.resolve("figures.csv");
        Files.writeString(csv, "plan,target,period,value,unit,note\nhung-yen,II.2#3,2026,70,,ok\n"
                + "hung-yen,II.2#3,2026-H3,70,,\nhung-yen,II.2#5,2026,101,,\n");
        Platform.Result r = platform.execute("indicator:import " + csv);
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("2 bad rows; nothing was imported") && r.err().contains("figures.csv:3:")
                && r.err().contains("figures.csv:4:"), r.err());
        String history = ok("indicator:history hung-yen II.2#3");
        assertTrue(history.contains("2026-H1") && !history.contains("2026 "), "the good row of the bad file was not written");
        Files.writeString(csv, "plan,target,period,value\nhung-yen,II.2#3,2026,70\nhung-yen,II.2#5,2026,100\n");
        assertTrue(ok("indicator:import " + csv).contains("Imported 2 figures"));
        String p = ok("report:progress hung-yen --wide --as-of 2027-01-10");
        assertTrue(p.lines().anyMatch(l -> l.startsWith("II.2#3") && l.contains("70") && l.contains("figure 2026")), p);
        assertTrue(p.lines().anyMatch(l -> l.startsWith("II.2#5") && l.contains("achieved")), p);
        assertTrue(ok("audit:list").contains("figure.import"));
    }

    @Test
    void figuresAndStatusOutliveThePlanBundle() throws Exception {
        ok("indicator:record hung-yen II.2#3 2026 64");
        ok("assignment:update III.1.2#3 in-progress");
        org.osgi.framework.Bundle plan = Fixtures.bundle(platform, "plan-hung-yen");
        Path jar = Fixtures.repoJar("plan-hung-yen");
        plan.uninstall();
        Platform.Result gone = platform.execute("report:progress hung-yen");
        assertEquals(1, gone.exit(), "no plan, no report");
        try (java.io.InputStream in = Files.newInputStream(jar)) {
            platform.context().installBundle("test:plan-hung-yen", in).start();
        }
        platform.awaitPlansRead(5_000);
        assertTrue(ok("report:progress hung-yen --wide --as-of 2027-01-05").lines()
                .anyMatch(l -> l.startsWith("II.2#3") && l.contains("64")), "the figure is back with its plan");
        assertTrue(ok("assignment:status III.1.2#3").contains("in-progress"));
    }

    @Test
    void oneIndicatorRolledUpOverEveryPlanThatMeasuresIt() throws Exception {
        Path src = PlatformTest.HOME.resolve("bundles/plan-hung-yen/src/main/resources/plan/hung-yen.plan.json");
        Path copy = data.resolve("copy.plan.json");
        Files.writeString(copy, Files.readString(src).replace("\"id\": \"hung-yen\"", "\"id\": \"hy-copy\""));
        Files.copy(src.resolveSibling("hung-yen.txt"), data.resolve("hung-yen.txt")); // its text, required beside it
        ok("plan:load " + copy);
        Path units = data.resolve("units.csv");
        Files.writeString(units, "code,province,name,kind\nu1,Hà Nội,xã Một,xa\nu2,Hà Nội,xã Hai,xa\nu3,Hà Nội,xã Ba,xa\n");
        ok("unit:import " + units);
        Path csv = data.resolve("figures.csv");
        Files.writeString(csv, "plan,target,period,value,unit\n"
                + "hung-yen,II.2#3,2026-H1,60,u1\nhung-yen,II.2#3,2026-H1,80,u2\nhy-copy,II.2#3,2026-H1,100,u3\n"
                + "hung-yen,II.2#3,2026-H1,90,\n");
        ok("indicator:import " + csv);
        String one = ok("indicator:rollup --format json hung-yen II.2#3");
        assertTrue(one.contains("\"value\" : 70,") && one.contains("\"units\" : 2"), "the plan's own units: " + one);
        String all = ok("indicator:rollup --indicator commune-reviewed-share");
        assertTrue(all.lines().anyMatch(l -> l.matches("2026-H1\\s+80\\s+3\\s*")), "a share is averaged over the"
                + " units of both plans, the province's own figure left out: " + all);
        Platform.Result unknown = platform.execute("indicator:rollup --indicator commune-reviewed-shar");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("did you mean:\n  commune-reviewed-share"), unknown.err());
        Platform.Result words = platform.execute("indicator:rollup --indicator \"ra soat trong diem\"");
        assertEquals(1, words.exit());
        assertTrue(words.err().contains("names of these match") && words.err().contains("commune-reviewed-share"),
                "words of the name, without diacritics: " + words.err());
        Platform.Result both = platform.execute("indicator:rollup --indicator x hung-yen II.2#3");
        assertEquals(1, both.exit());
        assertTrue(both.err().contains("not both") && both.err().contains("Usage: indicator:rollup"), both.err());
    }
}
