package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * In-framework tests: real Equinox, real Gogo, the real bundles from the build's repository, started through the
 * same {@link Platform} code as {@code ./pcmt}. The test sees services through the framework's registry (properties
 * only, since the API classes live inside the framework) and runs commands through the Gogo CommandProcessor.
 */
class PlatformTest {
    static final Path HOME = Path.of(System.getProperty("pcmt.home", "..")).toAbsolutePath().normalize();

    @TempDir
    Path data;
    Platform platform;

    @BeforeEach
    void start() throws Exception {
        platform = Platform.start(Platform.Settings.defaults(HOME, data, List.of("core")).withDeploy(data.resolve("deploy")));
        assertTrue(platform.problems().isEmpty(), "bundles not active: " + platform.problems());
    }

    @AfterEach
    void stop() throws Exception {
        platform.close();
    }

    ServiceReference<?> planService(String id) throws Exception {
        return Fixtures.plan(platform, id);
    }

    static void await(java.util.function.BooleanSupplier c, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!c.getAsBoolean() && System.currentTimeMillis() < end) {
            Thread.sleep(50);
        }
    }

    @Test
    void planBundleInstalledAtRuntimeRegistersItsServicesAndUninstallingRemovesThem() throws Exception {
        assertNull(planService("hung-yen"), "core alone has no plan");
        Bundle b;
        try (InputStream in = Files.newInputStream(Fixtures.repoJar("plan-hung-yen"))) {
            b = platform.context().installBundle("test:plan-hung-yen", in);
        }
        b.start();
        platform.awaitPlansRead(5_000); // the extender reads plan bundles on its own threads
        ServiceReference<?> ref = planService("hung-yen");
        assertNotNull(ref, "plan service registered when the bundle started");
        assertEquals("Hưng Yên", ref.getProperty("pcmt.plan.locality"));
        assertEquals(2025, ref.getProperty("pcmt.plan.period.from"));
        assertEquals(2030, ref.getProperty("pcmt.plan.period.to"));
        List<String> classes = List.of((String[]) ref.getProperty("objectClass"));
        assertTrue(classes.contains("vn.pcmt.api.IndicatorService") && classes.contains("vn.pcmt.api.AssignmentService"));

        Platform.Result list = platform.execute("plan:list");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("hung-yen") && list.out().contains("Hưng Yên"), list.out());
        Platform.Result show = platform.execute("plan:show hung-yen");
        assertTrue(show.out().contains("28/104") && show.out().contains("60/104") && show.out().contains("2 7%"), show.out());

        b.stop();
        assertNull(planService("hung-yen"), "plan gone when its bundle stopped");
        b.start();
        platform.awaitPlansRead(5_000);
        assertNotNull(planService("hung-yen"), "and back when started");
        b.uninstall();
        assertNull(planService("hung-yen"), "and gone when uninstalled");
        assertTrue(platform.execute("plan:list").out().contains("No plan is loaded"));
    }

    /** feature:list reads the launcher's feature data (a service), not framework properties. */
    @Test
    void featuresAreOfferedAsDataAndListedWithWhatThisRunStarted() throws Exception {
        ServiceReference<?>[] refs = platform.context().getServiceReferences("java.util.function.Supplier",
                "(pcmt.data=features)");
        assertNotNull(refs, "the launcher offers the features as a service");
        assertNull(platform.context().getProperty("pcmt.features.available"), "no longer comma-joined properties");
        Platform.Result r = platform.execute("feature:list --format json");
        assertEquals(0, r.exit(), r.err());
        String json = r.out().replaceAll("\\s+", " ");
        assertTrue(json.contains("\"name\" : \"core\"") && json.matches(".*\"name\" : \"core\"[^}]*\"started\" : true.*"),
                "core is what this run started: " + r.out());
        assertTrue(json.matches(".*\"name\" : \"hung-yen\"[^}]*\"requires\" : \\[ \"core\" \\][^}]*\"started\" : false.*"),
                "a feature not started, with what it builds on: " + r.out());
        assertTrue(json.matches(".*\"name\" : \"core\"[^}]*\"installed\" : [1-9].*"), r.out());
    }

    @Test
    void planFileDroppedInDeployAppearsAndGoesWhenDeleted() throws Exception {
        Path deploy = data.resolve("deploy");
        Path src = HOME.resolve("bundles/plan-hung-yen/src/main/resources/plan");
        Files.copy(src.resolve("hung-yen.plan.json"), deploy.resolve("hung-yen.plan.json"));
        Files.copy(src.resolve("hung-yen.txt"), deploy.resolve("hung-yen.txt"));
        long t0 = System.nanoTime();
        Fixtures.until(() -> planService("hung-yen") != null, 10_000);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertNotNull(planService("hung-yen"), "plan from deploy/ registered");
        assertTrue(ms < 4_000, "appeared after " + ms + " ms (the watcher's first scan can take a second)");
        Files.delete(deploy.resolve("hung-yen.plan.json"));
        Fixtures.until(() -> planService("hung-yen") == null, 5_000);
        assertNull(planService("hung-yen"), "plan removed with its file");
    }

    @Test
    void aDeployedPlanChangedToAnInvalidFileKeepsItsPreviousVersion() throws Exception {
        Path deploy = data.resolve("deploy");
        Path src = HOME.resolve("bundles/plan-hung-yen/src/main/resources/plan");
        Path target = deploy.resolve("hung-yen.plan.json");
        Files.copy(src.resolve("hung-yen.txt"), deploy.resolve("hung-yen.txt"));
        Files.copy(src.resolve("hung-yen.plan.json"), target);
        Fixtures.until(() -> planService("hung-yen") != null, 10_000);
        assertNotNull(planService("hung-yen"));
        Files.writeString(target, Files.readString(target, StandardCharsets.UTF_8)
                .replaceFirst("\"value\": 50,", "\"value\": 130,"), StandardCharsets.UTF_8);
        Thread.sleep(2_000); // four polls of the deploy watcher
        assertNotNull(planService("hung-yen"), "the previous version stays when the changed file is invalid");
        assertTrue(Fixtures.log().contains("previous version stays"),
                "the refused change is logged");
    }

    @Test
    void planLoadAndUnloadAndBadInputLeaveOtherPlansUntouched() throws Exception {
        Path src = HOME.resolve("bundles/plan-hung-yen/src/main/resources/plan/hung-yen.plan.json");
        Platform.Result ok = platform.execute("plan:load " + src);
        assertEquals(0, ok.exit(), ok.err());
        assertNotNull(planService("hung-yen"));

        Path bad = data.resolve("bad.plan.json");
        String json = Files.readString(src, StandardCharsets.UTF_8).replace("\"id\": \"hung-yen\"", "\"id\": \"other\"")
                .replaceFirst("\"value\": 50,", "\"value\": 130,");
        Files.writeString(bad, json, StandardCharsets.UTF_8);
        Files.copy(src.resolveSibling("hung-yen.txt"), data.resolve("hung-yen.txt"));
        Platform.Result refused = platform.execute("plan:load " + bad);
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains(bad.toString()) && refused.err().contains("/targets/")
                && refused.err().contains("cannot exceed 100"), refused.err());
        assertNull(planService("other"), "nothing of a refused plan is registered");

        Platform.Result dup = platform.execute("plan:load " + src);
        assertEquals(1, dup.exit());
        assertTrue(dup.err().contains("duplicate plan id \"hung-yen\""), dup.err());
        assertNotNull(planService("hung-yen"), "the loaded plan is untouched");

        Platform.Result unload = platform.execute("plan:unload hung-yen");
        assertEquals(0, unload.exit(), unload.err());
        assertNull(planService("hung-yen"));
        Platform.Result unknown = platform.execute("plan:unload hung-yen");
        assertEquals(1, unknown.exit());
    }

    @Test
    void commandsGiveHelpUsageAndJson() throws Exception {
        Platform.Result help = platform.execute("assignment:list --help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("Usage: assignment:list") && help.out().contains("--agency"), help.out());
        Platform.Result missing = platform.execute("plan:show");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("missing argument ID") && missing.err().contains("Usage: plan:show"));
        Platform.Result badOpt = platform.execute("plan:list --format xml");
        assertEquals(1, badOpt.exit());
        assertTrue(badOpt.err().contains("table or json"), badOpt.err());
        Platform.Result json = platform.execute("plan:list --format json");
        assertEquals("[ ]", json.out().strip());
        Platform.Result unknownCommand = platform.execute("plan:nope");
        assertEquals(1, unknownCommand.exit());
        assertTrue(unknownCommand.err().contains("plan:list"), unknownCommand.err());
    }
}
