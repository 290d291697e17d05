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
        Platform.Result r = platform.execute(command);
        assertEquals(0, r.exit(), command + ": " + r.err());
        return r.out();
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
        ok("plan:load " + copy);
        ok("plan:unload hy-copy");
        String audit = ok("audit:list --format json");
        assertTrue(audit.contains("\"operator\" : \"cahy\""), audit);
        assertTrue(audit.contains("\"old\" : \"in-progress\"") && audit.contains("blocked (chờ tiêu chí)"), audit);
        assertTrue(audit.contains("\"action\" : \"plan.load\"") && audit.contains("\"action\" : \"plan.unload\""), audit);
        Platform.Result bad = platform.execute("assignment:update III.7#3 finished");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("unknown status \"finished\""), bad.err());
        Platform.Result unknown = platform.execute("assignment:update III.7#9 done");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("Did you mean"), unknown.err());
    }
}
