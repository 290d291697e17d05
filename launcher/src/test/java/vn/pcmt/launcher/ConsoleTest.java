package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console as an operator of a provincial police office meets it (issue 12): Vietnamese by default, English on
 * request, dates as documents write them, names without diacritics by whole words, "did you mean" for a mistyped
 * command, completion candidates by position. Run through the real Gogo command processor.
 */
class ConsoleTest {
    @TempDir
    Path data;

    Platform start(String lang) throws Exception {
        return Platform.start(Platform.Settings.defaults(PlatformTest.HOME, data, List.of("all"))
                .withDeploy(data.resolve("deploy")).withExtra(Map.of("pcmt.lang", lang, "pcmt.today", "2026-11-23")));
    }

    @Test
    void vietnameseByDefaultEnglishOnRequest() throws Exception {
        try (Platform vi = start("vi")) {
            String list = Fixtures.ok(vi, "plan:list").out();
            assertTrue(list.lines().findFirst().orElse("").matches("MÃ\\s+ĐỊA PHƯƠNG\\s+GIAI ĐOẠN.*"), list);
            Platform.Result missing = vi.execute("plan:show hung-yn");
            assertEquals(1, missing.exit());
            assertTrue(missing.err().contains("Không có kế hoạch \"hung-yn\"") && missing.err().contains(
                    "Có phải ý bạn là: hung-yen?"), missing.err());
            // recognised by its type (vn.pcmt.api.OperatorError): the message alone, no class name
            assertTrue(missing.err().startsWith("Không có kế hoạch"), missing.err());
            String usage = Fixtures.ok(vi, "plan:show --help").out();
            assertTrue(usage.contains("Cách dùng: plan:show") && usage.contains("xem một kế hoạch"), usage);
            String overdue = Fixtures.ok(vi, "assignment:list --overdue --plan hung-yen").out();
            assertTrue(overdue.contains("chưa bắt đầu") && overdue.contains("31/08/2025"), "status and dates as read: "
                    + overdue);
            Fixtures.ok(vi, "assignment:update III.1.2#3 in-progress --plan hung-yen");
            String audit = Fixtures.ok(vi, "audit:list").out();
            assertTrue(audit.contains("THỜI ĐIỂM") && audit.contains("NGƯỜI THỰC HIỆN") && !audit.contains("OPERATOR"),
                    "the audit's headers too: " + audit);
            Platform.Result grouped = vi.execute("indicator:record hung-yen II.2#3 2026-H1 1,000");
            assertEquals(1, grouped.exit());
            assertTrue(grouped.err().startsWith("giá trị \"1,000\" không rõ nghĩa") && grouped.err().contains("viết 1000"),
                    "the store's refusals too, its message alone: " + grouped.err());
        }
        try (Platform en = start("en")) {
            String list = Fixtures.ok(en, "plan:list").out();
            assertTrue(list.lines().findFirst().orElse("").matches("ID\\s+LOCALITY\\s+PERIOD.*"), list);
            Platform.Result missing = en.execute("plan:show hung-yn");
            assertTrue(missing.err().contains("Unknown plan \"hung-yn\"") && missing.err().contains("Did you mean: hung-yen"),
                    missing.err());
            String json = Fixtures.ok(en, "assignment:list --overdue --plan hung-yen --format json").out();
            assertTrue(json.contains("\"status\" : \"not-started\"") && json.contains("\"due\" : \"2025-08-31\""),
                    "JSON keeps stable English codes and ISO dates: " + json);
        }
    }

    @Test
    void datesAsDocumentsWriteThem() throws Exception {
        try (Platform p = start("vi")) {
            String dayFirst = Fixtures.ok(p, "assignment:list --overdue --as-of 23/11/2026").out();
            String iso = Fixtures.ok(p, "assignment:list --overdue --as-of 2026-11-23").out();
            assertEquals(iso, dayFirst);
            assertTrue(dayFirst.contains("23/11/2026"), dayFirst);
            assertEquals(iso, Fixtures.ok(p, "assignment:list --overdue --as-of 23/11/2026").out());
            assertEquals(0, p.execute("report:due --as-of 23/11/2026").exit(), "report:due reads it too");
            Platform.Result bad = p.execute("report:due --as-of 31/02/2026");
            assertEquals(1, bad.exit());
            assertTrue(bad.err().contains("--as-of") && bad.err().contains("\"31/02/2026\""), bad.err());
            String sent = Fixtures.ok(p, "report:submit hung-yen 15/06/2026 --date 20/06/2026").out();
            assertTrue(sent.contains("hạn 15/06/2026): đã gửi ngày 20/06/2026, chậm 5 ngày"), "the confirmation too: " + sent);
        }
    }

    @Test
    void namesWithoutDiacriticsByWholeWords() throws Exception {
        try (Platform p = start("vi")) {
            assertTrue(Fixtures.ok(p, "area:show \"giam cau\"").out().startsWith("demand · Giảm cầu"));
            String ubnd = Fixtures.ok(p, "assignment:list --agency \"ubnd xa\" --format json").out();
            assertTrue(ubnd.contains("\"agency\" : \"ubnd-xa\""), ubnd);
            String commune = Fixtures.ok(p, "assignment:list --agency \"cong an xa\" --format json").out();
            String police = Fixtures.ok(p, "assignment:list --agency \"cong an\" --format json").out();
            assertTrue(commune.contains("cong-an-xa"), commune);
            assertTrue(count(commune, "\"plan\" :") < count(police, "\"plan\" :"), "the commune police, not all police");
            assertTrue(Fixtures.ok(p, "plan:show \"hung yen\"").out().contains("KẾ HOẠCH XÂY DỰNG XÃ, PHƯỜNG"));
            String compare = Fixtures.ok(p, "indicator:compare \"xa khong ma tuy\"").out();
            assertTrue(compare.contains("drug-free-commune-share") && compare.contains("hung-yen"), compare);
            Platform.Result area = p.execute("area:show \"giam ca\"");
            assertEquals(1, area.exit(), "part of a word is not a word");
            // units by name too: "xa chi minh" is hy-xa-chi-minh; a name that fits nothing lists the closest, by code
            Fixtures.ok(p, "unit:import " + PlatformTest.HOME.resolve("examples/hung-yen-units-2025.csv"));
            String recognised = Fixtures.ok(p, "unit:recognize \"xa chi minh\" drug-free --date 20/12/2025"
                    + " --decision \"QĐ 1\"").out();
            assertTrue(recognised.startsWith("hy-xa-chi-minh được công nhận không ma túy từ 20/12/2025"), recognised);
            assertTrue(Fixtures.ok(p, "unit:list --format json").out().contains("\"code\" : \"hy-xa-chi-minh\""));
            Platform.Result none = p.execute("unit:retire \"xa chi mnh\" --date 01/12/2026");
            assertEquals(1, none.exit());
            assertTrue(none.err().contains("không có đơn vị \"xa chi mnh\" (xem unit:list)"), none.err());
        }
    }

    static int count(String s, String what) {
        return s.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    @Test
    void aCsvProvinceIsMatchedToTheProvinceOrRefused() throws Exception {
        try (Platform p = start("vi")) {
            Path csv = data.resolve("units.csv");
            Files.writeString(csv, "code,province,name,kind\nhy-1,Hưng Yên,xã Một,xa\nhy-2,Hung Yen,xã Hai,xa\n"
                    + "hy-3,HƯNG YÊN,xã Ba,xa\n", StandardCharsets.UTF_8);
            Fixtures.ok(p, "unit:import " + csv);
            String json = Fixtures.ok(p, "unit:list --province \"hung yen\" --format json").out();
            assertEquals(3, json.split("\"province\" : \"Hưng Yên\"", -1).length - 1, "one province: " + json);
            Fixtures.ok(p, "unit:recognize hy-2 drug-free --date 20/12/2025 --decision \"QĐ 1\"");
            String list = Fixtures.ok(p, "unit:list --province \"hung yen\" --as-of 23/11/2026").out();
            assertTrue(list.contains("Hưng Yên: 1/3 đơn vị không ma túy ngày 23/11/2026"), list);
            Path bad = data.resolve("bad.csv");
            Files.writeString(bad, "code,province,name,kind\nx-1,Hung Yeen,xã X,xa\n", StandardCharsets.UTF_8);
            Platform.Result r = p.execute("unit:import " + bad);
            assertEquals(1, r.exit());
            assertTrue(r.err().contains("bad.csv:2") && r.err().contains("\"Hung Yeen\"") && r.err().contains("Hưng Yên"),
                    r.err());
            assertTrue(!Fixtures.ok(p, "unit:list --format json").out().contains("x-1"), "nothing imported");
            assertTrue(Fixtures.ok(p, "unit:list --province \"ha noi\" --format json").out().strip().matches("\\[\\s*]"),
                    "no units: an empty JSON list, not text");
        }
    }

    @Test
    void aMistypedCommandGetsTheClosestOnes() throws Exception {
        try (Platform p = start("vi")) {
            Platform.Result r = p.execute("plan:shwo hung-yen");
            assertEquals(1, r.exit());
            assertTrue(r.err().contains("Không có lệnh \"plan:shwo\"") && r.err().contains("plan:show"), r.err());
            String help = Fixtures.ok(p, "pcmt:help").out();
            assertTrue(help.contains("plan:show") && help.contains("xem một kế hoạch"), help);
            assertTrue(!help.contains("gogo:") && !help.contains("scr:"), "framework commands only with --all");
            assertTrue(Fixtures.ok(p, "pcmt:help --all").out().contains("scr:list"));
        }
    }

    @Test
    void completionCandidatesByKind() throws Exception {
        try (Platform p = start("vi")) {
            assertTrue(Fixtures.ok(p, "pcmt:complete plans").out().contains("hung-yen"));
            String refs = Fixtures.ok(p, "pcmt:complete refs hung-yen").out();
            assertTrue(refs.contains("III.1.2#2") && refs.contains("V.2"), refs);
            assertTrue(Fixtures.ok(p, "pcmt:complete statuses").out().contains("in-progress"));
        }
    }
}
