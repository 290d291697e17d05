package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * The two folders pcmt watches, on real Equinox: deploy/ (plan bundle jars and plan files, loaded by the extender)
 * and config/ (settings files applied to ConfigAdmin by pcmt-config). What is in them at start-up is in place
 * before the first command runs; changes while running are picked up.
 */
class FoldersTest {
    @TempDir
    Path dir;

    Platform.Settings settings() {
        return Platform.Settings.defaults(PlatformTest.HOME, dir.resolve("data"), List.of("core"))
                .withDeploy(dir.resolve("deploy")).withConfig(dir.resolve("config"));
    }

    static ServiceReference<?> plan(Platform p, String id) throws Exception {
        ServiceReference<?>[] refs = p.context().getAllServiceReferences("vn.pcmt.api.PlanService",
                "(pcmt.plan.id=" + id + ")");
        return refs == null ? null : refs[0];
    }

    interface Check {
        boolean holds() throws Exception;
    }

    /** Waits up to {@code millis} for {@code c} to hold (an exception counts as "not yet"). */
    static void until(Check c, long millis) throws InterruptedException {
        PlatformTest.await(() -> {
            try {
                return c.holds();
            } catch (Exception e) {
                return false;
            }
        }, millis);
    }

    static String log() throws Exception {
        // the test JVM's one log (surefire sets pcmt.data to target/test-log)
        return Files.readString(Path.of(System.getProperty("pcmt.data"), "log/pcmt.log"), StandardCharsets.UTF_8);
    }

    @Test
    void deployFolderContentIsLoadedBeforeTheFirstCommandAndABadJarIsReportedByName() throws Exception {
        Path deploy = Files.createDirectories(dir.resolve("deploy"));
        Files.copy(PlatformTest.HOME.resolve("launcher/target/repository/vn/pcmt/plan-ha-noi/0.1.0/plan-ha-noi-0.1.0.jar"),
                deploy.resolve("plan-ha-noi.jar"));
        Path src = PlatformTest.HOME.resolve("bundles/plan-hung-yen/src/main/resources/plan");
        Files.copy(src.resolve("hung-yen.plan.json"), deploy.resolve("hung-yen.plan.json"));
        Files.copy(src.resolve("hung-yen.txt"), deploy.resolve("hung-yen.txt"));
        Path bad = deploy.resolve("not-a-bundle.jar");
        Files.writeString(bad, "not a zip");

        try (Platform p = Platform.start(settings())) {
            // no waiting: start() returns once the first pass of the folder is done, as a batch command needs
            String list = Fixtures.ok(p, "plan:list").out();
            assertTrue(list.contains("ha-noi") && list.contains("hung-yen"), list);
            assertTrue(log().contains("Bundle jar " + bad + " in the deploy folder was not installed"),
                    "the bad jar is named in the log");
            assertTrue(p.problems().isEmpty(), "the platform runs on: " + p.problems());
        }
        Files.delete(deploy.resolve("plan-ha-noi.jar"));
        try (Platform p = Platform.start(settings())) {
            assertNull(plan(p, "ha-noi"), "a jar deleted while pcmt was stopped: its bundle is uninstalled");
            assertFalse(java.util.Arrays.stream(p.context().getBundles())
                    .anyMatch(b -> "plan-ha-noi".equals(b.getSymbolicName())));
            assertNotNull(plan(p, "hung-yen"));
        }
    }

    @Test
    void aJarDroppedWhileRunningIsInstalledAndGoesWhenDeleted() throws Exception {
        Path deploy = Files.createDirectories(dir.resolve("deploy"));
        try (Platform p = Platform.start(settings())) {
            Path jar = deploy.resolve("plan-bac-ninh.jar");
            Files.copy(PlatformTest.HOME.resolve(
                    "launcher/target/repository/vn/pcmt/plan-bac-ninh/0.1.0/plan-bac-ninh-0.1.0.jar"), jar);
            long t0 = System.nanoTime();
            until(() -> {
                p.awaitPlansRead(100);
                return plan(p, "bac-ninh") != null;
            }, 10_000);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertNotNull(plan(p, "bac-ninh"));
            assertTrue(ms < 2_000, "appeared after " + ms + " ms");
            Files.delete(jar);
            until(() -> plan(p, "bac-ninh") == null, 5_000);
            assertNull(plan(p, "bac-ninh"), "gone with its jar");
        }
    }

    static Bundle bundle(Platform p, String symbolicName) {
        return java.util.Arrays.stream(p.context().getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst().orElse(null);
    }

    @Test
    void aReplacedJarIsUpdatedOnceEvenWhenItIsOlder() throws Exception {
        Path deploy = Files.createDirectories(dir.resolve("deploy"));
        Path jar = deploy.resolve("plan-hung-yen.jar");
        Files.copy(PlatformTest.HOME.resolve(
                "launcher/target/repository/vn/pcmt/plan-hung-yen/0.1.0/plan-hung-yen-0.1.0.jar"), jar);
        try (Platform p = Platform.start(settings())) {
            assertNotNull(plan(p, "hung-yen"));
            long installed = bundle(p, "plan-hung-yen").getLastModified();
            int logged = log().length();
            // another build of the bundle, copied with an older time (a roll-back, or cp -p)
            Files.write(jar, CheckedPlansTest.withPlan(jar.toString(), json -> json + "\n"));
            Files.setLastModifiedTime(jar, FileTime.fromMillis(installed - 86_400_000L));
            until(() -> bundle(p, "plan-hung-yen").getLastModified() > installed, 10_000);
            p.awaitPlansRead(10_000);
            assertTrue(bundle(p, "plan-hung-yen").getLastModified() > installed, "updated");
            assertNotNull(plan(p, "hung-yen"));
            String added = log().substring(logged);
            assertTrue(added.contains("Bundle plan-hung-yen updated from " + jar), added);
            assertEquals(1, added.split("Plan hung-yen loaded from", -1).length - 1, "read once, not restarted twice: "
                    + added);
            assertFalse(added.contains("was not loaded"), added);
        }
        Files.copy(PlatformTest.HOME.resolve(
                "launcher/target/repository/vn/pcmt/plan-hung-yen/0.1.0/plan-hung-yen-0.1.0.jar"), jar,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(86_400_000L));
        int logged = log().length();
        try (Platform p = Platform.start(settings())) {
            assertTrue(log().substring(logged).contains("Bundle plan-hung-yen updated from " + jar),
                    "a jar replaced while pcmt was stopped is updated at the next start, whatever its time");
            assertNotNull(plan(p, "hung-yen"));
        }
    }

    @Test
    void settingsFilesAreAppliedAtStartAndWhenTheyChangeOrGo() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Path data = dir.resolve("data");
        Path cfg = config.resolve("vn.pcmt.store.cfg");
        Files.writeString(cfg, "# where progress is kept\nurl = jdbc:h2:file:${pcmt.data}/elsewhere/pcmt\n");
        try (Platform p = Platform.start(settings())) {
            Fixtures.ok(p, "audit:list");
            assertTrue(Files.exists(data.resolve("elsewhere/pcmt.mv.db")), "the settings were in place at start");
            assertFalse(Files.exists(data.resolve("db/pcmt.mv.db")), "the default database was never opened");

            Files.writeString(cfg, "url = jdbc:h2:file:${pcmt.data}/third/pcmt\n");
            until(() -> p.execute("audit:list").exit() == 0 && Files.exists(data.resolve("third/pcmt.mv.db")), 10_000);
            assertTrue(Files.exists(data.resolve("third/pcmt.mv.db")), "a changed file is applied while running");

            Files.delete(cfg);
            until(() -> p.execute("audit:list").exit() == 0 && Files.exists(data.resolve("db/pcmt.mv.db")), 10_000);
            assertTrue(Files.exists(data.resolve("db/pcmt.mv.db")), "a deleted file's settings are gone");

            Files.writeString(cfg, "url = ${no.such.property}/pcmt\n");
            until(() -> log().contains("Settings not applied: " + cfg), 10_000);
            assertTrue(log().contains("Settings not applied: " + cfg + ": url uses ${no.such.property}, which is not set"));
            assertEquals(0, p.execute("audit:list").exit(), "and the platform runs on");
        }
    }
}
