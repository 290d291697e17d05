package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress rule, reporting rounds and corrections on the real services (Equinox, the H2 store, the commands),
 * "today" fixed: the cases of issue 11.
 */
class ReportingTest {
    @TempDir
    Path data;
    Platform platform;

    void start(String feature, String today) throws Exception {
        platform = Platform.start(Platform.Settings.defaults(PlatformTest.HOME, data, List.of(feature))
                .withDeploy(data.resolve("deploy")).withExtra(Map.of("pcmt.today", today, "pcmt.operator", "cat")));
    }

    @AfterEach
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    String ok(String command) throws Exception {
        return Fixtures.ok(platform, command).out();
    }

    String fails(String command) throws Exception {
        Platform.Result r = platform.execute(command);
        assertEquals(1, r.exit(), command + " should fail; printed " + r.out());
        assertFalse(r.err().contains("Exception"), r.err());
        return r.err();
    }

    /** Each target's fields from report:progress --format json: target id → (field → text of its value). */
    static Map<String, Map<String, String>> targets(String json) throws Exception {
        Map<String, Map<String, String>> out = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            Map<String, String> row = null;
            String field = null;
            int depth = 0;
            boolean inTargets = false;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case START_OBJECT -> {
                        depth++;
                        if (inTargets && depth == 2) {
                            row = new HashMap<>();
                        }
                    }
                    case END_OBJECT -> {
                        if (inTargets && depth == 2 && row != null) {
                            out.put(row.get("target"), row);
                            row = null;
                        }
                        depth--;
                    }
                    case FIELD_NAME -> {
                        field = p.getCurrentName();
                        if (depth == 1) {
                            inTargets = field.equals("targets");
                        }
                    }
                    case START_ARRAY, END_ARRAY -> { }
                    default -> {
                        if (row != null && depth == 2) {
                            row.put(field, t == JsonToken.VALUE_NULL ? null : p.getText());
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void threeBacNinhUnitsWithOneRecognisedAreNotAchieved() throws Exception {
        start("bac-ninh", "2026-11-23");
        Path csv = data.resolve("bn.csv");
        Files.writeString(csv, "code,province,name,kind\nbn-1,Bắc Ninh,phường Kinh Bắc,phuong\n"
                + "bn-2,Bắc Ninh,phường Võ Cường,phuong\nbn-3,Bắc Ninh,xã Tiên Du,xa\n");
        ok("unit:import " + csv);
        ok("unit:recognize bn-1 drug-free --date 2026-03-01 --decision \"QĐ 1/QĐ-UBND\"");
        Map<String, Map<String, String>> t = targets(ok("report:progress bac-ninh --format json"));
        Map<String, String> share = t.get("I.2/drug-free-commune-share");
        assertEquals("incomplete data", share.get("status"), share.toString());
        assertEquals("3 of 99 communes imported", share.get("note"));
        assertTrue(share.get("actualFrom").contains("1/99"), "over the province's 99 communes, not another"
                + " target's 2: " + share);
        assertEquals(100.0 / 99, Double.parseDouble(share.get("actual")), 1e-9);
        String table = ok("report:progress bac-ninh");
        assertTrue(table.contains("Bắc Ninh: 3 of 99 communes imported"), table);
        assertTrue(table.lines().filter(l -> l.contains("drug-free-commune-share")).noneMatch(l -> l.contains("achieved")),
                table);
    }

    @Test
    void twelveNewAddictsBreachTheZeroTargetAndFiguresAreChecked() throws Exception {
        start("hung-yen", "2026-11-23");
        ok("indicator:record hung-yen II.2#7 2026-H1 12");
        Map<String, String> zero = targets(ok("report:progress hung-yen --format json")).get("II.2#7");
        assertEquals("breached", zero.get("status"), zero.toString());
        assertTrue(ok("report:progress hung-yen --wide").lines().anyMatch(l -> l.startsWith("II.2#7") && l.contains("breached")));
        assertTrue(fails("indicator:record hung-yen II.2#7 2026-H1 2.5").contains("not a whole number"));
        assertTrue(fails("indicator:record hung-yen II.2#7 2027 1").contains("has not begun"));
        assertTrue(fails("indicator:record hung-yen II.2#1 2026 30").contains("unit:recognize"));
        ok("unit:import " + PlatformTest.HOME.resolve("examples/hung-yen-units-2025.csv"));
        assertTrue(fails("unit:recognize hy-xa-chi-minh drug-free --date 2026-12-01 --decision x")
                .contains("after today"));
        // an undated "= 100 %" target at 25.5 % is judged by the time elapsed, not "on track" forever
        ok("indicator:record hung-yen II.2#3 2026-H1 25.5");
        Map<String, String> undated = targets(ok("report:progress hung-yen --as-of 2028-06-30 --format json"))
                .get("II.2#3");
        assertTrue(undated.get("expectedFrom").contains("of the time to 2030"), undated.toString());
        assertEquals("off track", undated.get("status"), undated.toString());
    }

    @Test
    void correctionsKeepWhatWasThere() throws Exception {
        start("hung-yen", "2026-11-23");
        ok("indicator:record hung-yen II.2#7 2026-H1 12");
        assertTrue(ok("indicator:unrecord hung-yen II.2#7 2026-H1 --note \"nhập nhầm\"").contains("figure 12 removed"));
        assertEquals("no data", targets(ok("report:progress hung-yen --format json")).get("II.2#7").get("status"));
        assertTrue(ok("indicator:history hung-yen II.2#7").contains("12"), "the old value stays in the history");
        assertTrue(ok("audit:list").contains("figure.unrecord"));
        assertTrue(fails("indicator:unrecord hung-yen II.2#7 2026-H1").contains("no figure is recorded"));
        ok("unit:import " + PlatformTest.HOME.resolve("examples/hung-yen-units-2025.csv"));
        ok("unit:recognize hy-xa-chi-minh drug-free --date 2025-12-20 --decision \"QĐ 99/QĐ-UBND\"");
        ok("unit:withdraw hy-xa-chi-minh drug-free --recognition \"QĐ 99\" --decision \"nhập nhầm\"");
        assertTrue(ok("unit:list --province \"Hưng Yên\"").contains("0 of 28 units drug-free"));
        ok("unit:retire hy-xa-tong-tran --date 2026-06-30 --note \"nhập nhầm\"");
        assertTrue(ok("report:progress hung-yen").contains("27 of 104 communes imported"));
        assertTrue(ok("unit:list").contains("hy-xa-tong-tran"), "retired, never deleted");
    }

    @Test
    void aLaterPlanOfTheSameProvinceSetsTheTargetInForce() throws Exception {
        start("hung-yen", "2026-11-23");
        Path src = PlatformTest.HOME.resolve("bundles/plan-hung-yen/src/main/resources/plan/hung-yen.plan.json");
        String json = Files.readString(src).replace("\"id\": \"hung-yen\"", "\"id\": \"hy-2026\"")
                .replace("\"documentDate\": \"2025-08-15\"", "\"documentDate\": \"2026-03-01\"");
        int at = json.indexOf("\"id\": \"II.2#2\"");
        int value = json.indexOf("\"value\": 50", at);
        json = json.substring(0, value) + "\"value\": 60" + json.substring(value + "\"value\": 50".length());
        Path copy = data.resolve("hy-2026.plan.json");
        Files.writeString(copy, json);
        Files.copy(src.resolveSibling("hung-yen.txt"), data.resolve("hung-yen.txt")); // its text, required beside it
        ok("plan:load " + copy);
        Map<String, String> earlier = targets(ok("report:progress hung-yen --format json")).get("II.2#2");
        assertTrue(earlier.get("note").contains("in force: ≥ 60% in hy-2026 (2026-03-01); this plan: ≥ 50%"),
                earlier.toString());
        Map<String, String> later = targets(ok("report:progress hy-2026 --format json")).get("II.2#2");
        assertTrue(later.get("note").contains("earlier: ≥ 50% in hung-yen"), later.toString());
        String check = ok("plan:check hung-yen --format json");
        assertTrue(check.contains("targets-disagree") && check.contains("≥ 60% in hy-2026 II.2#2"), check);
    }

    @Test
    void reportSubmitTurnsAMissedRoundIntoASentOne() throws Exception {
        start("hung-yen", "2026-12-20");
        String before = ok("report:due --plan hung-yen --within 0");
        assertTrue(before.lines().anyMatch(l -> l.startsWith("2026-12-15") && l.contains("V.2#report-yearly")
                && l.contains("missed")), before);
        assertTrue(before.lines().anyMatch(l -> l.startsWith("2026-11-20") && l.contains("III.4.2#report-methadone")),
                "the monthly methadone report has rounds: " + before);
        assertTrue(fails("assignment:update V.2#report-yearly done").contains("report:submit hung-yen"));
        ok("report:submit hung-yen 2026-12-15 --date 2026-12-14 --note \"Báo cáo số 245/BC-CAT\"");
        String after = ok("report:due --plan hung-yen --within 0");
        assertTrue(after.lines().anyMatch(l -> l.startsWith("2026-12-15") && l.contains("sent 2026-12-14")), after);
        String due = ok("report:due --plan hung-yen --within 0 --format json");
        assertTrue(due.contains("\"state\" : \"sent\"") && due.contains("\"sentOn\" : \"2026-12-14\""), due);
        assertTrue(due.contains("\"kind\" : \"deadline\"") && due.contains("\"state\" : \"overdue\"")
                && due.contains("\"daysToDue\" : -"), "stable codes and numbers, whatever the language: " + due);
        assertTrue(fails("report:submit hung-yen 2026-12-15").contains("already marked sent"));
        assertTrue(fails("report:submit hung-yen 2026-12-16").contains("nearest rounds"));
        assertTrue(fails("report:submit hung-yen 2026-12-15 --date 2027-01-01").contains("after today"));
        assertTrue(ok("audit:list").contains("report.submit"));
        String json = ok("report:export hung-yen --format json");
        assertTrue(json.contains("\"deadline\" : 2025") && json.contains("\"expected\" : 28,"), "numbers as numbers");
        assertTrue(json.contains("\"state\" : \"sent\"") && json.contains("\"tasks\" : [ {"), json);
        String csv = ok("report:export --all --format csv --table rounds");
        assertTrue(csv.startsWith("\uFEFFKế hoạch,Nhiệm vụ báo cáo,Hạn gửi"), "a BOM and Vietnamese headers: " + csv);
        assertTrue(csv.contains("hung-yen,V.2#report-yearly,2026-12-15,năm 2026,"), csv);
        assertTrue(fails("report:export hung-yen --format csv --output " + data.resolve("no/x.csv"))
                .contains("does not exist"));
    }
}
