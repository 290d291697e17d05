package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Confirmed writes survive {@code kill -9}: a real {@code ./pcmt} killed right after it printed a confirmation, and
 * a loop of writes killed at a random moment, then every confirmation counted against what the database holds.
 */
class DurabilityIT {
    @TempDir
    Path data;

    private PcmtProcessIT runner() {
        PcmtProcessIT r = new PcmtProcessIT();
        r.data = data;
        return r;
    }

    /** A script of {@code n} status changes cycling through the statuses, each printing "old → new" when confirmed. */
    private Path script(String name, String assignment, int n) throws Exception {
        List<String> statuses = List.of("in-progress", "done", "blocked", "not-started");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append("assignment:update ").append(assignment).append(' ').append(statuses.get(i % 4))
                    .append(" --plan hung-yen --note w").append(i).append('\n');
        }
        Path f = data.resolve(name);
        Files.writeString(f, s, StandardCharsets.UTF_8);
        return f;
    }

    private static long confirmations(Path out) throws Exception {
        return Files.readString(out, StandardCharsets.UTF_8).lines().filter(l -> l.contains(" → ")).count();
    }

    /** The status changes of {@code assignment} the database holds, counted in its history. */
    private long stored(String assignment) throws Exception {
        PcmtProcessIT.Run r = runner().pcmt("--feature", "hung-yen", "-c",
                "assignment:status " + assignment + " --plan hung-yen --format json");
        assertEquals(0, r.exit(), "the database opens after the kill: " + r.err());
        return r.out().lines().filter(l -> l.contains("\"status\"")).count();
    }

    private long audited(String assignment) throws Exception {
        PcmtProcessIT.Run r = runner().pcmt("--feature", "hung-yen", "-c", "audit:list --format json");
        assertEquals(0, r.exit(), r.err());
        return r.out().lines().filter(l -> l.contains("hung-yen " + assignment)).count();
    }

    private static void killWhen(Process p, Path out, long confirmations, long extraMillis) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && confirmations(out) < confirmations && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        if (extraMillis > 0) {
            Thread.sleep(extraMillis);
        }
        assertTrue(p.isAlive(), "the script ended before the kill");
        p.destroyForcibly(); // SIGKILL: ./pcmt execs java, so this is the JVM itself
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    }

    @Test
    void aConfirmationIsOnDiskWhenItIsPrinted() throws Exception {
        Path s = script("one.gosh", "III.5.2#2", 400);
        Path out = data.resolve("one.out");
        Process p = runner().start(out, data.resolve("one.err"), "--feature", "hung-yen", s.toString());
        killWhen(p, out, 1, 0); // right after the first confirmation
        long printed = confirmations(out);
        long kept = stored("III.5.2#2");
        System.out.println("kill right after a confirmation: printed " + printed + ", stored " + kept);
        assertTrue(printed >= 1);
        assertTrue(kept >= printed && kept <= printed + 1, "printed " + printed + ", stored " + kept);
        assertTrue(audited("III.5.2#2") >= printed, "each confirmed change has its audit entry");
    }

    @Test
    void aLoopOfWritesKilledAtRandomKeepsEveryConfirmedOne() throws Exception {
        Random random = new Random();
        for (int round = 0; round < 2; round++) {
            String assignment = "III.5.2#" + (round + 1);
            Path s = script("loop" + round + ".gosh", assignment, 3000);
            Path out = data.resolve("loop" + round + ".out");
            Process p = runner().start(out, data.resolve("loop" + round + ".err"), "--feature", "hung-yen", s.toString());
            killWhen(p, out, 1, 300 + random.nextInt(2500));
            long printed = confirmations(out);
            long kept = stored(assignment);
            System.out.println("loop killed at random: printed " + printed + ", stored " + kept);
            assertTrue(kept >= printed && kept <= printed + 1, "printed " + printed + ", stored " + kept);
            assertTrue(audited(assignment) >= printed, "each confirmed change has its audit entry");
        }
    }

    @Test
    void aSecondConsoleWritingThroughAKilledFirstLosesNothingConfirmed() throws Exception {
        Path first = script("first.gosh", "III.5.2#1", 3000);
        Path second = script("second.gosh", "III.5.2#2", 600);
        Path out1 = data.resolve("first.out");
        Path out2 = data.resolve("second.out");
        Process a = runner().start(out1, data.resolve("first.err"), "--feature", "hung-yen", first.toString());
        killWhenStarted(a, out1);
        Process b = runner().start(out2, data.resolve("second.err"), "--feature", "hung-yen", second.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (b.isAlive() && confirmations(out2) < 20 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        a.destroyForcibly(); // the console serving the database to the second one
        assertTrue(a.waitFor(30, TimeUnit.SECONDS));
        assertTrue(b.waitFor(180, TimeUnit.SECONDS));
        long printed = confirmations(out2);
        long kept = stored("III.5.2#2");
        System.out.println("second console through a killed first: printed " + printed + ", stored " + kept
                + ", exit " + b.exitValue());
        assertTrue(kept >= printed && kept <= printed + 1, "printed " + printed + ", stored " + kept);
        long printedFirst = confirmations(out1);
        long keptFirst = stored("III.5.2#1");
        assertTrue(keptFirst >= printedFirst && keptFirst <= printedFirst + 1, "first console: printed "
                + printedFirst + ", stored " + keptFirst);
    }

    private static void killWhenStarted(Process p, Path out) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && confirmations(out) < 1 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }
}
