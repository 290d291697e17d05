package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built {@code ./pcmt} run as an operator runs it: a separate process, in a C locale (no UTF-8 in the
 * environment), with its own data folder. Runs after packaging (failsafe).
 */
class PcmtProcessIT {
    static final Path HOME = Path.of(System.getProperty("pcmt.home", "..")).toAbsolutePath().normalize();

    @TempDir
    Path data;

    record Run(int exit, String out, String err) {}

    Run pcmt(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(HOME.resolve("pcmt").toString(), "--data", data.toString(),
                "--deploy", data.resolve("deploy").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(HOME.toFile());
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        Path out = data.resolve("out.txt");
        Path err = data.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "pcmt did not exit");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void showsTheHungYenRoadmapInUtf8WhateverTheLocale() throws Exception {
        Run r = pcmt("-c", "plan:show hung-yen");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("KẾ HOẠCH XÂY DỰNG XÃ, PHƯỜNG KHÔNG MA TÚY"), "Vietnamese printed intact");
        assertTrue(r.out().contains("28/104") && r.out().contains("60/104"), r.out());
        assertTrue(r.out().contains("before 15/06") && r.out().contains("before 15/12"), "reporting duties");
    }

    @Test
    void failuresExitNonZeroWithTheErrorOnStderr() throws Exception {
        Run r = pcmt("-c", "plan:show hung-yn");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("Unknown plan \"hung-yn\"") && r.err().contains("Did you mean: hung-yen"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void onlyTheChosenFeatureIsInstalledAndAScriptRuns() throws Exception {
        Path script = data.resolve("list.gosh");
        Files.writeString(script, "plan:list --format json\n", StandardCharsets.UTF_8);
        Run r = pcmt("--feature", "hung-yen", script.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"id\" : \"hung-yen\""), r.out());
        assertTrue(!r.out().contains("ha-noi"), "only the chosen feature's plan");
    }

    @Test
    void aPlanLoadedWithPlanLoadSurvivesARestart() throws Exception {
        Path copy = data.resolve("copy.plan.json");
        Path src = HOME.resolve("bundles/plan-hung-yen/src/main/resources/plan/hung-yen.plan.json");
        Files.writeString(copy, Files.readString(src, StandardCharsets.UTF_8).replace("\"id\": \"hung-yen\"",
                "\"id\": \"hung-yen-copy\""), StandardCharsets.UTF_8);
        assertEquals(0, pcmt("--feature", "core", "-c", "plan:load " + copy).exit());
        Run r = pcmt("--feature", "core", "-c", "plan:list");
        assertTrue(r.out().contains("hung-yen-copy"), r.out() + r.err());
    }

    @Test
    void statusRecordedInOneRunIsThereAfterARestart() throws Exception {
        assertEquals(0, pcmt("--feature", "hung-yen", "-c", "assignment:update III.1.2#3 in-progress").exit());
        Run r = pcmt("--feature", "hung-yen", "-c", "assignment:status III.1.2#3");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("in-progress"), r.out());
    }
}
