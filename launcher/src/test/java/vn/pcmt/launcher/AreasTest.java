package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/** The four area bundles in a real framework: their views, attribution of plan items, and coming and going. */
class AreasTest {
    static Platform platform;
    static Path data;

    @BeforeAll
    static void start() throws Exception {
        data = Files.createTempDirectory("pcmt-areas");
        platform = Fixtures.all(data);
    }

    @AfterAll
    static void stop() throws Exception {
        platform.close();
        Main.deleteTree(data);
    }

    String ok(String command) throws Exception {
        return Fixtures.ok(platform, command).out();
    }

    Bundle bundle(String symbolicName) {
        return java.util.Objects.requireNonNull(Fixtures.bundle(platform, symbolicName), symbolicName);
    }

    int areaViews(String code) throws Exception {
        ServiceReference<?>[] refs = platform.context().getAllServiceReferences("vn.pcmt.api.IndicatorService",
                "(pcmt.area=" + code + ")");
        return refs == null ? 0 : refs.length;
    }

    @Test
    void fourAreasEachWithAViewAcrossPlans() throws Exception {
        String out = ok("area:list");
        for (String code : List.of("supply", "demand", "harm", "propaganda")) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith(code + " ")), code);
            assertEquals(1, areaViews(code), code + " view registered");
        }
        String supply = ok("indicator:list --area supply --wide");
        for (String plan : List.of("hung-yen", "ha-noi", "bac-ninh", "hai-phong", "bcd138-2021")) {
            assertTrue(supply.lines().anyMatch(l -> l.startsWith(plan + " ")), "supply targets of " + plan);
        }
        assertTrue(ok("area:show harm").contains("methadone-patients"));
    }

    @Test
    void representativeItemsAreAttributed() throws Exception {
        assertTrue(ok("indicator:list --area demand --plan hung-yen").contains("roadmap"), "Hưng Yên's roadmap is demand");
        assertTrue(ok("indicator:list --area supply --plan bac-ninh").contains("II.3/express-delivery-cases-growth"));
        assertTrue(ok("indicator:list --area propaganda --plan bac-ninh").contains("II.3/school-session-share"));
        assertTrue(ok("indicator:list --area harm --plan bac-ninh").contains("II.3/rehab-counselling-share"),
                "linked through the harm catalogue although its author put it under demand");
        String json = ok("assignment:list --plan bac-ninh --format json");
        assertTrue(json.contains("\"id\" : \"V.3#5\"") && attributed(json, "V.3#5").contains("harm"),
                "classified by the harm keywords (y tế)");
        assertTrue(attributed(json, "IV.1#2/cap-uy-cac-cap").contains("cross-cutting"), "leadership is cross-cutting");
    }

    /** The attributedAreas array of one row of assignment:list --format json. */
    static String attributed(String json, String id) {
        int at = json.indexOf("\"id\" : \"" + id + "\"");
        int from = json.indexOf("\"attributedAreas\"", at);
        return json.substring(from, json.indexOf(']', from) + 1);
    }

    @Test
    void stoppingAnAreaRemovesItsViewsAndTouchesNoPlan() throws Exception {
        String before = ok("assignment:list --plan bac-ninh");
        Bundle supply = bundle("area-supply");
        supply.stop();
        try {
            assertEquals(0, areaViews("supply"));
            assertTrue(ok("area:list").lines().noneMatch(l -> l.startsWith("supply ")));
            Platform.Result gone = platform.execute("indicator:list --area supply");
            assertEquals(1, gone.exit());
            assertTrue(gone.err().contains("Unknown area \"supply\""), gone.err());
            assertTrue(ok("plan:show bac-ninh").contains("in areas not deployed: supply"));
            assertEquals(before, ok("assignment:list --plan bac-ninh"), "the plan is untouched");
        } finally {
            supply.start();
        }
        assertEquals(1, areaViews("supply"));
        assertTrue(ok("area:list").lines().anyMatch(l -> l.startsWith("supply ")));
        assertTrue(!ok("plan:show bac-ninh").contains("not deployed"));
    }

    @Test
    void aBrokenAreaFileIsRefusedWithItsPlace() throws Exception {
        String msg = readThroughBundle("{\"format\": 1, \"code\": \"No pe\"}");
        assertTrue(msg.contains("bad area code \"No pe\"") && msg.contains("missing required field \"nameVi\""), msg);
        String fallback = readThroughBundle("{\"format\": 1, \"code\": \"cross-cutting\"}");
        assertTrue(fallback.contains("\"cross-cutting\" is the fallback"), fallback);
    }

    /**
     * The plug-in point is open: a province's own pillar, made from area-supply's jar with another code and its
     * indicator codes renamed, dropped into deploy/ of the running platform, is listed and shown with no rebuild,
     * and goes when its jar is deleted.
     */
    @Test
    void anAreaOfAnyCodeDroppedIntoDeployIsServed() throws Exception {
        Path jar = Files.createDirectories(data.resolve("deploy")).resolve("area-aftercare.jar");
        Path tmp = data.resolve("area-aftercare.jar.tmp");
        copyAreaJar(Fixtures.repoJar("area-supply"), tmp, "supply", "aftercare");
        Files.move(tmp, jar);
        try {
            Fixtures.until(() -> areaViews("aftercare") == 1, 10_000);
            assertTrue(ok("area:list").lines().anyMatch(l -> l.startsWith("aftercare ")), ok("area:list"));
            String show = ok("area:show aftercare");
            assertTrue(show.contains("aftercare-drug-venue-eradication-share"), show);
            assertEquals(1, areaViews("supply"), "the shipped area is untouched");
        } finally {
            Files.delete(jar);
        }
        Fixtures.until(() -> areaViews("aftercare") == 0, 10_000);
        assertTrue(ok("area:list").lines().noneMatch(l -> l.startsWith("aftercare ")));
    }

    /** A copy of area jar {@code from} as area {@code code}: symbolic name, header, JSON and indicator codes renamed. */
    static void copyAreaJar(Path from, Path to, String oldCode, String code) throws Exception {
        try (java.util.jar.JarFile in = new java.util.jar.JarFile(from.toFile())) {
            java.util.jar.Manifest mf = new java.util.jar.Manifest(in.getManifest());
            mf.getMainAttributes().putValue("Bundle-SymbolicName", "area-" + code);
            mf.getMainAttributes().putValue("Pcmt-Area", "area/" + code + ".area.json");
            try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(to), mf)) {
                for (java.util.jar.JarEntry e : java.util.Collections.list(in.entries())) {
                    if (e.getName().equals("META-INF/MANIFEST.MF")) {
                        continue;
                    }
                    byte[] bytes = in.getInputStream(e).readAllBytes();
                    String name = e.getName();
                    if (name.equals("area/" + oldCode + ".area.json")) {
                        name = "area/" + code + ".area.json";
                        String json = new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                                .replace("\"code\": \"" + oldCode + "\"", "\"code\": \"" + code + "\"")
                                .replaceAll("(\"code\": \")(?!" + code + "\")", "$1" + code + "-");
                        bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    }
                    out.putNextEntry(new java.util.jar.JarEntry(name));
                    out.write(bytes);
                }
            }
        }
    }

    /** Installs a tiny area bundle with the given JSON and returns what the log says about it. */
    static String readThroughBundle(String json) {
        try {
            Path jar = data.resolve("area-broken.jar");
            java.util.jar.Manifest mf = new java.util.jar.Manifest();
            mf.getMainAttributes().putValue("Manifest-Version", "1.0");
            mf.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
            mf.getMainAttributes().putValue("Bundle-SymbolicName", "area-broken");
            mf.getMainAttributes().putValue("Pcmt-Area", "area/broken.area.json");
            try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), mf)) {
                out.putNextEntry(new java.util.jar.JarEntry("area/broken.area.json"));
                out.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            Bundle b = platform.context().installBundle(jar.toUri().toString());
            b.start();
            b.uninstall();
            String all = Fixtures.log();
            return all.substring(all.lastIndexOf("Area bundle area-broken was not loaded"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
