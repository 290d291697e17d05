package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    static final Path HOME = PlatformTest.HOME;

    @TempDir
    Path data;

    record Run(int exit, String out, String err) {}

    Run pcmt(String... args) throws Exception {
        Path out = Files.createTempFile(data, "out", ".txt");
        Path err = Files.createTempFile(data, "err", ".txt");
        Process p = start(out, err, args);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "pcmt did not exit");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    Process start(Path out, Path err, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(HOME.resolve("pcmt").toString(), "--data", data.toString(),
                "--deploy", data.resolve("deploy").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(HOME.toFile());
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        return pb.start();
    }

    @Test
    void showsTheHungYenRoadmapInUtf8WhateverTheLocale() throws Exception {
        Run r = pcmt("-c", "plan:show hung-yen");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("KẾ HOẠCH XÂY DỰNG XÃ, PHƯỜNG KHÔNG MA TÚY"), "Vietnamese printed intact");
        assertTrue(r.out().contains("28/104") && r.out().contains("60/104"), r.out());
        assertTrue(r.out().contains("trước 15/06") && r.out().contains("trước 15/12"), "reporting duties");
        // and read intact in arguments: the province's name with its diacritics, in a C locale
        Run search = pcmt("-c", "plan:search \"Xã Tống Trân\" --plan hung-yen");
        assertEquals(0, search.exit(), search.err());
        assertTrue(search.out().contains("Tống Trân") && !search.out().contains("Không tìm thấy"), search.out());
        // one matching rule (issue 12): the id's words with their diacritics name the plan
        assertEquals(0, pcmt("-c", "plan:show \"hưng-yên\"").exit());
        Run missing = pcmt("-c", "plan:show \"hưng-yên-xưa\"");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("\"hưng-yên-xưa\""), "the argument echoed as typed: " + missing.err());
    }

    @Test
    void failuresExitNonZeroWithTheErrorOnStderr() throws Exception {
        Run r = pcmt("-c", "plan:show hung-yn");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("Không có kế hoạch \"hung-yn\"") && r.err().contains("Có phải ý bạn là: hung-yen"),
                r.err());
        assertEquals("", r.out());
        Run en = pcmt("-D", "pcmt.lang=en", "-c", "plan:show hung-yn");
        assertEquals(1, en.exit());
        assertTrue(en.err().contains("Unknown plan \"hung-yn\"") && en.err().contains("Did you mean: hung-yen"), en.err());
        Run typo = pcmt("-c", "plan:shwo hung-yen");
        assertEquals(1, typo.exit());
        assertTrue(typo.err().contains("Không có lệnh \"plan:shwo\"") && typo.err().contains("plan:show"), typo.err());
    }

    /**
     * Issue 12: in the interactive console, in a real terminal (util-linux {@code script} gives it a pty), Tab after
     * {@code plan:show hung-y} completes the plan id: Enter then shows the plan ("hung-y" alone names no plan).
     */
    @Test
    void tabCompletesAPlanIdInTheConsole() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "no script(1)");
        // a pty of 100 × 40 (script's own has no size, and JLine then draws no prompt)
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-qfec", "stty cols 100 rows 40; " + HOME.resolve("pcmt")
                + " --data " + data + " --deploy " + data.resolve("deploy"), "/dev/null").directory(HOME.toFile());
        pb.environment().put("TERM", "xterm");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        java.io.ByteArrayOutputStream screen = new java.io.ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try {
                p.getInputStream().transferTo(screen);
            } catch (java.io.IOException e) {
                // the console ended
            }
        });
        reader.start();
        try {
            waitFor(screen, "pcmt> ", 120_000);
            java.io.OutputStream keys = p.getOutputStream();
            keys.write("plan:show hung-y\t".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            Thread.sleep(1_500);
            keys.write("\r".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            waitFor(screen, "KẾ HOẠCH XÂY DỰNG XÃ, PHƯỜNG KHÔNG MA TÚY", 30_000);
            assertFalse(screen.toString(StandardCharsets.UTF_8).contains("Không có kế hoạch"));
            // the plan is taller than the terminal, so it opened in the pager: q leaves it, back at the prompt
            int prompts = count(screen.toString(StandardCharsets.UTF_8), "pcmt> ");
            long end = System.currentTimeMillis() + 30_000;
            while (count(screen.toString(StandardCharsets.UTF_8), "pcmt> ") == prompts && System.currentTimeMillis() < end) {
                keys.write("q".getBytes(StandardCharsets.UTF_8));
                keys.flush();
                Thread.sleep(1_000);
            }
            keys.write("\u0015exit\r".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "exit leaves the console");
        } finally {
            p.destroyForcibly();
        }
    }

    static int count(String s, String what) {
        return s.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    static void waitFor(java.io.ByteArrayOutputStream screen, String text, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!screen.toString(StandardCharsets.UTF_8).contains(text)) {
            assertTrue(System.currentTimeMillis() < end, "\"" + text + "\" never appeared:\n"
                    + screen.toString(StandardCharsets.UTF_8));
            Thread.sleep(100);
        }
    }

    /** Issue 12: with COLUMNS=80, no line of report:due is wider than 80 columns, and no reference is cut. */
    @Test
    void reportDueFitsEightyColumns() throws Exception {
        Path out = Files.createTempFile(data, "out", ".txt");
        Path err = Files.createTempFile(data, "err", ".txt");
        List<String> cmd = List.of(HOME.resolve("pcmt").toString(), "--data", data.toString(), "--deploy",
                data.resolve("deploy").toString(), "-D", "pcmt.today=2026-11-23", "-c", "report:due --as-of 23/11/2026");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(HOME.toFile());
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("COLUMNS", "80");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertTrue(lines.size() > 10, String.join("\n", lines));
        for (String l : lines) {
            assertTrue(l.codePointCount(0, l.length()) <= 80, "wider than 80: " + l);
        }
        String all = String.join("\n", lines);
        assertTrue(all.contains("III.7#report-registration") && all.contains("VII.1#1/co-quan-trung-uong"),
                "references whole: " + all);
        assertTrue(lines.get(1).matches("[- ]+"), "ASCII rules when the output is not a terminal: " + lines.get(1));
        assertTrue(all.contains("15/12/2026"), "dates day first");
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
        Files.copy(src.resolveSibling("hung-yen.txt"), data.resolve("hung-yen.txt"));
        assertEquals(0, pcmt("--feature", "core", "-c", "plan:load " + copy).exit());
        Run r = pcmt("--feature", "core", "-c", "plan:list");
        assertTrue(r.out().contains("hung-yen-copy"), r.out() + r.err());
    }

    @Test
    void statusRecordedInOneRunIsThereAfterARestart() throws Exception {
        assertEquals(0, pcmt("--feature", "hung-yen", "-c", "assignment:update III.1.2#3 in-progress").exit());
        Run r = pcmt("--feature", "hung-yen", "-c", "assignment:status III.1.2#3");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("đang thực hiện"), "the status in the operator's words: " + r.out());
        r = pcmt("--feature", "hung-yen", "-c", "assignment:status III.1.2#3 --format json");
        assertTrue(r.out().contains("\"status\" : \"in-progress\""), "JSON keeps the English code: " + r.out());
    }

    static final int UNITS = 8_000;

    /** 8,000 test units and 1,440,000 figures for them (10 targets of Hưng Yên, 18 periods): ~6 s of import. */
    Path bigImport() throws Exception {
        StringBuilder units = new StringBuilder("code,province,name,kind\n");
        for (int i = 0; i < UNITS; i++) {
            units.append(String.format("t-%04d,Hưng Yên,xã Thử %d,xa%n", i, i));
        }
        Files.writeString(data.resolve("units.csv"), units);
        assertEquals(0, pcmt("--feature", "hung-yen", "-c", "unit:import " + data.resolve("units.csv")).exit());
        Path big = data.resolve("big.csv");
        try (java.io.BufferedWriter w = Files.newBufferedWriter(big)) {
            w.write("plan,target,period,value,unit\n");
            for (String t : List.of("II.2#3", "II.2#4", "II.2#5", "II.2#6", "II.2#8", "III.4.2#1", "III.4.5#1",
                    "III.4.5#2", "III.2.7#1", "II.2#7")) {
                for (int y = 2025; y <= 2030; y++) {
                    for (String h : List.of("", "-H1", "-H2")) {
                        for (int u = 0; u < UNITS; u++) {
                            w.write(String.format("hung-yen,%s,%d%s,50,t-%04d%n", t, y, h, u));
                        }
                    }
                }
            }
        }
        return big;
    }

    @Test
    void killedMidImportTheDatabaseHasAllOrNothingAndOpensCleanly() throws Exception {
        Path big = bigImport();
        // figures up to 2030: "today" at the plan's end, since periods not begun are refused
        Process p = start(data.resolve("import.out"), data.resolve("import.err"), "--feature", "hung-yen",
                "-D", "pcmt.today=2030-12-31", "-c", "indicator:import " + big);
        // kill once the import is writing: the database file grows while the transaction is still open
        Path file = data.resolve("db/pcmt.mv.db");
        long before = Files.size(file);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && Files.size(file) < before + (8 << 20) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        boolean finished = !p.isAlive();
        p.destroyForcibly(); // SIGKILL
        p.waitFor(30, TimeUnit.SECONDS);
        Run r = pcmt("--feature", "hung-yen", "-c", "report:export hung-yen --format json --as-of 2031-01-01");
        assertEquals(0, r.exit(), "the database opens cleanly after the kill: " + r.err());
        Run audit = pcmt("--feature", "hung-yen", "-c", "audit:list --format json");
        boolean imported = audit.out().contains("figure.import");
        String history = pcmt("--feature", "hung-yen", "-c", "indicator:history --format json hung-yen II.2#3").out();
        long rows = history.lines().filter(l -> l.contains("\"period\"")).count();
        assertFalse(finished, "the import finished before the kill; the test saw no crash mid-import");
        assertEquals(imported ? 18 * UNITS : 0, rows, "all of the import or none of it (killed "
                + (finished ? "after it finished" : "mid-import") + ")");
        System.out.println("crash test: killed " + (finished ? "after the import finished" : "mid-import")
                + "; import " + (imported ? "complete" : "absent") + " after restart");
    }

    @Test
    void twoConsolesRecordingAtOnceLoseNothing() throws Exception {
        assertEquals(0, pcmt("--feature", "hung-yen", "-c", "plan:list").exit());
        Path a = data.resolve("a.gosh");
        Path b = data.resolve("b.gosh");
        StringBuilder sa = new StringBuilder();
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            sa.append("indicator:record hung-yen II.2#3 2026 ").append(i).append('\n');
            sb.append("indicator:record hung-yen II.2#4 2026 ").append(i).append('\n');
        }
        Files.writeString(a, sa);
        Files.writeString(b, sb);
        Process pa = start(data.resolve("a.out"), data.resolve("a.err"), "--feature", "hung-yen", a.toString());
        Process pb = start(data.resolve("b.out"), data.resolve("b.err"), "--feature", "hung-yen", b.toString());
        assertTrue(pa.waitFor(120, TimeUnit.SECONDS) && pb.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, pa.exitValue(), Files.readString(data.resolve("a.err")));
        assertEquals(0, pb.exitValue(), Files.readString(data.resolve("b.err")));
        String audit = pcmt("--feature", "hung-yen", "-c", "audit:list --format json").out();
        assertEquals(20, audit.lines().filter(l -> l.contains("figure.record")).count(), "every write of both consoles");
    }
}
