package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

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

    @Test
    void deployFolderContentIsLoadedBeforeTheFirstCommandAndABadJarIsReportedByName() throws Exception {
        Path deploy = Files.createDirectories(dir.resolve("deploy"));
        Files.copy(Fixtures.repoJar("plan-ha-noi"),
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
            assertTrue(Fixtures.log().contains("Bundle jar " + bad + " in the deploy folder was not installed"),
                    "the bad jar is named in the log");
            assertTrue(p.problems().isEmpty(), "the platform runs on: " + p.problems());
        }
        Files.delete(deploy.resolve("plan-ha-noi.jar"));
        try (Platform p = Platform.start(settings())) {
            assertNull(Fixtures.plan(p, "ha-noi"), "a jar deleted while pcmt was stopped: its bundle is uninstalled");
            assertNull(Fixtures.bundle(p, "plan-ha-noi"));
            assertNotNull(Fixtures.plan(p, "hung-yen"));
        }
    }

    @Test
    void aJarDroppedWhileRunningIsInstalledAndGoesWhenDeleted() throws Exception {
        Path deploy = Files.createDirectories(dir.resolve("deploy"));
        try (Platform p = Platform.start(settings())) {
            Path jar = deploy.resolve("plan-bac-ninh.jar");
            Files.copy(Fixtures.repoJar("plan-bac-ninh"), jar);
            long t0 = System.nanoTime();
            Fixtures.until(() -> {
                p.awaitPlansRead(100);
                return Fixtures.plan(p, "bac-ninh") != null;
            }, 10_000);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertNotNull(Fixtures.plan(p, "bac-ninh"));
            // the jar's install is audited first, which opens the database the first time (~1 s, more when busy)
            assertTrue(ms < 6_000, "appeared after " + ms + " ms");
            Files.delete(jar);
            Fixtures.until(() -> Fixtures.plan(p, "bac-ninh") == null, 5_000);
            assertNull(Fixtures.plan(p, "bac-ninh"), "gone with its jar");
        }
    }

    @Test
    void aReplacedJarIsUpdatedOnceEvenWhenItIsOlder() throws Exception {
        Path deploy = Files.createDirectories(dir.resolve("deploy"));
        Path jar = deploy.resolve("plan-hung-yen.jar");
        Files.copy(Fixtures.repoJar("plan-hung-yen"), jar);
        try (Platform p = Platform.start(settings())) {
            assertNotNull(Fixtures.plan(p, "hung-yen"));
            long installed = Fixtures.bundle(p, "plan-hung-yen").getLastModified();
            int logged = Fixtures.log().length();
            // another build of the bundle, copied with an older time (a roll-back, or cp -p)
            Files.write(jar, CheckedPlansTest.withPlan(jar.toString(), json -> json + "\n"));
            Files.setLastModifiedTime(jar, FileTime.fromMillis(installed - 86_400_000L));
            Fixtures.until(() -> Fixtures.bundle(p, "plan-hung-yen").getLastModified() > installed, 10_000);
            p.awaitPlansRead(10_000);
            assertTrue(Fixtures.bundle(p, "plan-hung-yen").getLastModified() > installed, "updated");
            assertNotNull(Fixtures.plan(p, "hung-yen"));
            String added = Fixtures.log().substring(logged);
            assertTrue(added.contains("Bundle plan-hung-yen updated from " + jar), added);
            assertEquals(1, added.split("Plan hung-yen loaded from", -1).length - 1, "read once, not restarted twice: "
                    + added);
            assertFalse(added.contains("was not loaded"), added);
        }
        Files.copy(Fixtures.repoJar("plan-hung-yen"), jar,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(86_400_000L));
        int logged = Fixtures.log().length();
        try (Platform p = Platform.start(settings())) {
            assertTrue(Fixtures.log().substring(logged).contains("Bundle plan-hung-yen updated from " + jar),
                    "a jar replaced while pcmt was stopped is updated at the next start, whatever its time");
            assertNotNull(Fixtures.plan(p, "hung-yen"));
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
            Fixtures.until(() -> p.execute("audit:list").exit() == 0 && Files.exists(data.resolve("third/pcmt.mv.db")), 10_000);
            assertTrue(Files.exists(data.resolve("third/pcmt.mv.db")), "a changed file is applied while running");

            Files.delete(cfg);
            Fixtures.until(() -> p.execute("audit:list").exit() == 0 && Files.exists(data.resolve("db/pcmt.mv.db")), 10_000);
            assertTrue(Files.exists(data.resolve("db/pcmt.mv.db")), "a deleted file's settings are gone");

            Files.writeString(cfg, "url = ${no.such.property}/pcmt\n");
            Fixtures.until(() -> Fixtures.log().contains("Settings not applied: " + cfg), 10_000);
            assertTrue(Fixtures.log().contains("Settings not applied: " + cfg + ": url uses ${no.such.property}, which is not set"));
            assertEquals(0, p.execute("audit:list").exit(), "and the platform runs on");
        }
    }

    /** A settings file for a PID nothing reads (a misspelt name) is warned of, at start and when added later. */
    @Test
    void aSettingsFileNothingReadsIsWarnedOf() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Path misspelt = config.resolve("vn.pcmt.stroe.cfg");
        Files.writeString(misspelt, "url = jdbc:h2:file:${pcmt.data}/elsewhere/pcmt\n");
        Files.writeString(config.resolve("vn.pcmt.store.cfg"), "url = jdbc:h2:file:${pcmt.data}/db/pcmt\n");
        int logged = Fixtures.log().length();
        try (Platform p = Platform.start(settings())) {
            Fixtures.until(() -> Fixtures.log().substring(logged).contains("WARN  UnusedSettings"), 10_000);
            String log = Fixtures.log().substring(logged);
            assertTrue(log.contains("Settings file " + misspelt + ": nothing reads the PID vn.pcmt.stroe (a misspelt"
                    + " file name?); it has no effect. PIDs read here: "), log);
            assertTrue(log.lines().filter(l -> l.contains("UnusedSettings")).allMatch(l -> l.contains("vn.pcmt.stroe")),
                    "the store's own file is read: not warned of");
            assertTrue(log.lines().filter(l -> l.contains("UnusedSettings")).findFirst().orElseThrow()
                    .contains("vn.pcmt.ssh, vn.pcmt.store"), "the PIDs that are read are named");

            Path later = config.resolve("vn.pcmt.shh.cfg");
            Files.writeString(later, "port = 2222\n");
            Fixtures.until(() -> Fixtures.log().substring(logged).contains("nothing reads the PID vn.pcmt.shh"), 10_000);
            assertTrue(Fixtures.log().substring(logged).contains("Settings file " + later + ": nothing reads the PID"));
        }
    }
}
