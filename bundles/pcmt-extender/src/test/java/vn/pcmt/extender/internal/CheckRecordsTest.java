package vn.pcmt.extender.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import vn.pcmt.api.PlanPeriod;
import vn.pcmt.api.PlanSummary;
import vn.pcmt.extender.internal.CheckRecord.Checker;

/** The check records: what passed is found again while unchanged, and anything else means "read and check it now". */
class CheckRecordsTest {
    static final Checker CHECKER = new Checker(1_764_541_234_567L, "0.1.0");
    static final PlanSummary HY = new PlanSummary("hung-yen", "Kế hoạch phòng, chống ma túy", "UBND tỉnh Hưng Yên",
            "Hưng Yên", new PlanPeriod(2021, 2025), 14, 38, 52, 3, false);
    static final PlanSummary NO_LOCALITY = new PlanSummary("bcd138-2021", "Kế hoạch", "Ban Chỉ đạo 138", null,
            new PlanPeriod(2021, 2030), 5, 7, 9, 0, true);

    @TempDir
    Path tmp;

    /** A bundle as far as the records look at it. */
    static Bundle bundle(long id, String location, long modified) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getBundleId" -> id;
                    case "getLocation" -> location;
                    case "getLastModified" -> modified;
                    case "getSymbolicName" -> "plan-" + id;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private Path planFile(String name, String json, String text) throws IOException {
        Path f = tmp.resolve("plans").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, json, StandardCharsets.UTF_8);
        if (text != null) {
            Files.writeString(f.resolveSibling(text), "Điều 1.\n", StandardCharsets.UTF_8);
        }
        return f;
    }

    @Test
    void aPlanFileIsFoundWhileItAndItsTextAreUnchanged() throws IOException {
        CheckRecords records = new CheckRecords(tmp.resolve("checked"), CHECKER);
        Path f = planFile("hy.plan.json", "{}", "hy.txt");
        records.rememberPlanFile(f, CheckRecords.stamp(f, "hy.txt"), HY);
        assertEquals(Optional.of(HY), records.planFile(f));

        Files.setLastModifiedTime(f.resolveSibling("hy.txt"), FileTime.fromMillis(1_000));
        assertEquals(Optional.empty(), records.planFile(f), "its text changed");
    }

    @Test
    void aPlanFileWithoutTextAndAPlanWithoutLocality() throws IOException {
        CheckRecords records = new CheckRecords(tmp.resolve("checked"), CHECKER);
        Path f = planFile("x.plan.json", "{}", null);
        records.rememberPlanFile(f, CheckRecords.stamp(f, null), NO_LOCALITY);
        assertEquals(Optional.of(NO_LOCALITY), records.planFile(f));
        Files.writeString(f, "{ }", StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), records.planFile(f), "it changed");
    }

    @Test
    void aBundleIsFoundUntilItIsUpdatedOrTheExtenderIs() {
        Path dir = tmp.resolve("checked");
        Bundle b = bundle(12, "file:/p/plan-hung-yen.jar", 5_000);
        new CheckRecords(dir, CHECKER).rememberPlan(b, CheckRecords.stamp(b), HY);
        assertEquals(Optional.of(HY), new CheckRecords(dir, CHECKER).plan(b));
        assertEquals(Optional.empty(), new CheckRecords(dir, CHECKER).plan(bundle(12, "file:/p/plan-hung-yen.jar",
                6_000)), "updated");
        assertEquals(Optional.empty(), new CheckRecords(dir, new Checker(CHECKER.modified() + 1, "0.1.0")).plan(b),
                "another extender");
        assertEquals(Optional.empty(), new CheckRecords(dir, CHECKER).area(b), "another kind");

        Bundle area = bundle(13, "file:/p/area-supply.jar", 5_000);
        new CheckRecords(dir, CHECKER).rememberArea(area, CheckRecords.stamp(area), "supply");
        assertEquals(Optional.of("supply"), new CheckRecords(dir, CHECKER).area(area));
        new CheckRecords(dir, CHECKER).forget(area);
        assertEquals(Optional.empty(), new CheckRecords(dir, CHECKER).area(area), "forgotten");
    }

    @Test
    void numbersAreNumbersAndThePeriodHasFields() throws IOException {
        Path dir = tmp.resolve("checked");
        Bundle b = bundle(12, "file:/p/plan-hung-yen.jar", 5_000);
        new CheckRecords(dir, CHECKER).rememberPlan(b, CheckRecords.stamp(b), HY);
        String json = Files.readString(dir.resolve("bundle-12.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"period\":{\"from\":2021,\"to\":2025}"), json);
        assertTrue(json.contains("\"targets\":38"), json);
        assertTrue(json.contains("\"content\":{\"location\":\"file:/p/plan-hung-yen.jar\",\"modified\":5000}"), json);
        assertTrue(json.contains("\"draft\":false"), json);
    }

    @Test
    void anUnreadableOrOldRecordMeansReadItNow() throws IOException {
        Path dir = tmp.resolve("checked");
        Bundle b = bundle(12, "file:/p/plan-hung-yen.jar", 5_000);
        CheckRecords records = new CheckRecords(dir, CHECKER);
        Files.createDirectories(dir);
        // the form before: properties, under the .properties name; not read, and removed when the new one is written
        Files.writeString(dir.resolve("bundle-12.properties"), "kind=plan\nid=hung-yen\nstamp=file\\:/p/plan-hung-"
                + "yen.jar|5000|1764541234567/0.1.0\n", StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), records.plan(b));
        records.rememberPlan(b, CheckRecords.stamp(b), HY);
        assertFalse(Files.exists(dir.resolve("bundle-12.properties")));

        String good = Files.readString(dir.resolve("bundle-12.json"), StandardCharsets.UTF_8);
        for (String bad : new String[] {"", "kind=plan\n", good.substring(0, good.length() / 2),
            good.replace("\"targets\":38", "\"targets\":\"38\""), good.replace(",\"to\":2025", ""),
            good.replace("\"draft\":false", "\"draft\":null"), good.replace("\"kind\":\"plan\"", "\"kind\":\"x\""),
            good.replace("\"period\":{\"from\":2021,\"to\":2025}", "\"period\":\"2021-2025\"")}) {
            Files.writeString(dir.resolve("bundle-12.json"), bad, StandardCharsets.UTF_8);
            assertEquals(Optional.empty(), records.plan(b), bad);
        }
    }

    /**
     * Not a timed assertion: how long reading the records takes, printed for the record (they are read at every
     * start), beside the properties form of before read in the same run: a ratio, on a noisy machine, not a figure.
     */
    @Test
    void readingTheRecordsTakes() throws IOException {
        Path dir = tmp.resolve("checked");
        CheckRecords records = new CheckRecords(dir, CHECKER);
        Bundle[] bundles = new Bundle[12]; // about what a start reads: 5 plan bundles, 7 area bundles
        Path[] old = new Path[bundles.length];
        for (int i = 0; i < bundles.length; i++) {
            bundles[i] = bundle(i, "file:/p/b" + i + ".jar", 5_000 + i);
            records.rememberPlan(bundles[i], CheckRecords.stamp(bundles[i]), HY);
            old[i] = dir.resolve("old-" + i + ".properties");
            Files.writeString(old[i], "#plan-" + i + ": passed the plan checks\nassignments=52\ndraft=false\nfrom=2021"
                    + "\nid=hung-yen\nissuer=UBND t\\u1EC9nh H\\u01B0ng Y\\u00EAn\nkind=plan\nlocality=H\\u01B0ng"
                    + " Y\\u00EAn\nsections=14\nstamp=file\\:/p/b" + i + ".jar|5000|1764541234567/0.1.0\ntargets=38"
                    + "\ntitle=K\\u1EBF ho\\u1EA1ch ph\\u00F2ng, ch\\u1ED1ng ma t\\u00FAy\nto=2025\nwarnings=3\n",
                    StandardCharsets.UTF_8);
        }
        long json = 0;
        long props = 0;
        for (int round = 0; round < 6; round++) { // the first two warm up, then the two forms take turns
            long t0 = System.nanoTime();
            for (int r = 0; r < 200; r++) {
                for (Bundle b : bundles) {
                    assertTrue(records.plan(b).isPresent());
                }
            }
            long t1 = System.nanoTime();
            for (int r = 0; r < 200; r++) {
                for (Path p : old) {
                    java.util.Properties o = new java.util.Properties();
                    try (java.io.Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                        o.load(in);
                    }
                    assertEquals(38, Integer.parseInt(o.getProperty("targets")));
                }
            }
            long t2 = System.nanoTime();
            if (round >= 2) {
                json += t1 - t0;
                props += t2 - t1;
            }
        }
        int reads = 4 * 200 * bundles.length;
        System.out.printf("check records: %d bytes each; %.1f µs a record read and checked, %.2f ms for 12;"
                + " the properties form of before, read alone in the same run: %.1f µs a record%n",
                Files.size(dir.resolve("bundle-0.json")), json / 1e3 / reads, json / 1e6 / reads * 12,
                props / 1e3 / reads);
    }
}
