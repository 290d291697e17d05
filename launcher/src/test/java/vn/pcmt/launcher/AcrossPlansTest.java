package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The commands that look across plans, on every shipped plan (feature all), through the Gogo CommandProcessor. */
class AcrossPlansTest {
    static Platform platform;
    static Path data;

    @BeforeAll
    static void start() throws Exception {
        data = Files.createTempDirectory("pcmt-all");
        platform = Fixtures.all(data);
    }

    @AfterAll
    static void stop() throws Exception {
        platform.close();
        Main.deleteTree(data);
    }

    Platform.Result ok(String command) throws Exception {
        return Fixtures.ok(platform, command);
    }

    @Test
    void allFivePlansLoadTogether() throws Exception {
        String out = ok("plan:list").out();
        for (String id : List.of("hung-yen", "ha-noi", "bac-ninh", "hai-phong", "bcd138-2021")) {
            assertTrue(out.contains(id), id);
        }
    }

    @Test
    void compareShowsTheDrugFreeShareInEveryPlanThatHasIt() throws Exception {
        String out = ok("indicator:compare drug-free-commune-share").out();
        assertTrue(out.contains("hai-phong") && out.contains("≥ 70%") && out.contains("2020"), out);
        for (String id : List.of("ha-noi", "bac-ninh", "hung-yen")) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith(id) && l.contains("≥ 50%") && l.contains("2030")), id);
        }
        Platform.Result unknown = platform.execute("indicator:compare drug-fre");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("Did you mean: drug-free-commune-count, drug-free-commune-share"), unknown.err());
        // whole words of the id or the name name both, shown side by side (issue 12: one matching rule)
        String words = ok("indicator:compare drug-free").out();
        assertTrue(words.contains("drug-free-commune-count") && words.contains("drug-free-commune-share"), words);
    }

    @Test
    void theConsoleOpensOnThePlansLoaded() throws Exception {
        String welcome = ok("pcmt:welcome").out();
        assertTrue(welcome.contains("5 plans loaded") && welcome.contains("hung-yen") && welcome.contains("Hưng Yên")
                && welcome.contains("report:progress ID"), welcome);
        assertTrue(java.nio.file.Files.readString(PlatformTest.HOME.resolve("config/gosh_profile"))
                .contains("if { ${.reader} } { pcmt:welcome }"), "the interactive console runs it when it opens");
    }

    @Test
    void searchIgnoresCaseAndDiacritics() throws Exception {
        String police = ok("plan:search cong an").out();
        assertTrue(police.contains("Công an tỉnh") && police.contains("ha-noi"), "finds Công an in several plans");
        String drugFree = ok("plan:search \"xa khong ma tuy\"").out();
        assertTrue(drugFree.contains("hung-yen") && drugFree.contains("xã, phường không ma túy"), drugFree);
        assertTrue(ok("plan:search --format json CÔNG AN").out().contains("\"kind\" : \"assignment\""));
        String commune = ok("plan:search \"xa tong tran\"").out();
        assertTrue(commune.lines().skip(2).findFirst().orElse("").contains("communes-2025"),
                "the named communes are searched, the exact phrase first: " + commune);
        assertTrue(ok("plan:quote hung-yen communes-2025").out().contains("(2)  xã Tống Trân"));
        String loose = ok("plan:search \"xa tong tran\" --plan ha-noi").out();
        assertTrue(!loose.contains("VII.1#1/ubnd-xa"), "words match whole words: xa is not in xay dung: " + loose);
    }

    @Test
    void quotePrintsTheOriginalParagraph() throws Exception {
        String out = ok("plan:quote hung-yen III.1.2#2").out();
        assertTrue(out.contains("line 34") && out.contains("(Hoàn thành trước ngày  31/8/2025 )"),
                "the paragraph exactly as printed, double spaces included: " + out);
        Platform.Result bad = platform.execute("plan:quote hung-yen III.1.2#9");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("Did you mean: III.1.2#1"), bad.err());
    }

    @Test
    void checkReportsFindingsWithReferences() throws Exception {
        String out = ok("plan:check hung-yen").out();
        assertTrue(out.contains("share-printed") && out.contains("\"2 7%\""), out);
        assertTrue(out.contains("target-roadmap-mismatch") && out.contains("II.2#1"), out);
        assertTrue(out.contains("district-after-reform") && out.contains("thị trấn"), out);
        assertTrue(ok("plan:check ha-noi").out().contains("label-repeated"));
    }

    @Test
    void agenciesAreSharedIdentitiesAcrossPlans() throws Exception {
        String out = ok("agency:list --canonical --wide").out();
        String police = out.lines().filter(l -> l.startsWith("cong-an-tinh ")).findFirst().orElseThrow();
        assertTrue(police.contains("Công an tỉnh") && police.contains("Công an Thành phố") && police.contains("hai-phong"),
                police);
        String byId = ok("assignment:list --agency cong-an-tinh").out();
        String byText = ok("assignment:list --agency \"cong an tinh\"").out();
        assertTrue(byId.contains("hung-yen") && byId.contains("ha-noi") && byText.contains("hung-yen"));
        Platform.Result bad = platform.execute("assignment:list --agency cong-an-tnh");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("Did you mean: cong-an-tinh"), bad.err());
    }

    @Test
    void everyPlanExportRoundTrips() throws Exception {
        for (String id : List.of("hung-yen", "ha-noi", "bac-ninh", "hai-phong", "bcd138-2021")) {
            Path out = data.resolve(id + "-export.plan.json");
            ok("plan:export --output " + out + " " + id);
            // the export names its document text, which must be beside it to load (as a plan is shipped)
            String copy = Files.readString(out).replace("\"id\" : \"" + id + "\"", "\"id\" : \"" + id + "-copy\"");
            Files.writeString(out, copy);
            Files.copy(PlatformTest.HOME.resolve("bundles/plan-" + id + "/src/main/resources/plan/" + id + ".txt"),
                    data.resolve(id + ".txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            ok("plan:load " + out);
            String a = ok("plan:show --format json " + id).out();
            String b = ok("plan:show --format json " + id + "-copy").out().replace(id + "-copy", id);
            assertEquals(a, b, id + ": the export loads as the same plan");
            ok("plan:unload " + id + "-copy");
        }
    }
}
