package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing unchecked gets in, and every change of the plan set is audited: a plan needs its document text beside it,
 * plans and files over the limits are refused up front, and plan loads, deploy files and bundle operations appear in
 * audit:list. Real Equinox, real Gogo, real H2 file.
 */
class PlanIntakeTest {
    static final Path SRC = PlatformTest.HOME.resolve("bundles/plan-hung-yen/src/main/resources/plan");

    @TempDir
    Path data;
    Platform platform;
    Path files;

    @BeforeEach
    void start() throws Exception {
        platform = Platform.start(Platform.Settings.defaults(PlatformTest.HOME, data, List.of("core"))
                .withDeploy(data.resolve("deploy")).withExtra(Map.of("pcmt.deploy.textWait", "1500")));
        files = Files.createDirectories(data.resolve("files"));
    }

    @AfterEach
    void stop() throws Exception {
        platform.close();
    }

    /** The Hưng Yên plan as {@code dir/name.plan.json} with id {@code id}, its text not copied. */
    Path plan(Path dir, String name, String id, String text) throws Exception {
        String json = Files.readString(SRC.resolve("hung-yen.plan.json"), StandardCharsets.UTF_8)
                .replace("\"id\": \"hung-yen\"", "\"id\": \"" + id + "\"")
                .replace("\"text\": \"hung-yen.txt\"", "\"text\": \"" + text + "\"");
        return Files.writeString(dir.resolve(name + ".plan.json"), json, StandardCharsets.UTF_8);
    }

    String refused(String command) throws Exception {
        Platform.Result r = platform.execute(command);
        assertEquals(1, r.exit(), command + " was not refused: " + r.out());
        return r.err();
    }

    @Test
    void aPlanWithoutItsTextOrWithATextOutsideItsFolderIsRefused() throws Exception {
        String missing = refused("plan:load " + plan(files, "a", "no-text", "hung-yen.txt"));
        assertTrue(missing.contains("/source/text: the document text \"hung-yen.txt\" is not beside the plan"), missing);
        String escaping = refused("plan:load " + plan(files, "b", "escapes", "../../etc/passwd"));
        assertTrue(escaping.contains("source.text \"../../etc/passwd\" is not a plain file name beside the plan"),
                escaping);
        Path linked = Files.createDirectories(data.resolve("linked"));
        Files.createSymbolicLink(linked.resolve("hung-yen.txt"), SRC.resolve("hung-yen.txt"));
        String link = refused("plan:load " + plan(linked, "c", "linked", "hung-yen.txt"));
        assertTrue(link.contains("is a link to") && link.contains("outside the plan's folder"), link);
        assertNull(Fixtures.plan(platform, "no-text"));
        assertNull(Fixtures.plan(platform, "escapes"));
        assertNull(Fixtures.plan(platform, "linked"));

        // a link to a file in the same folder is the file beside the plan
        Files.copy(SRC.resolve("hung-yen.txt"), files.resolve("original.txt"));
        Files.createSymbolicLink(files.resolve("hung-yen.txt"), files.resolve("original.txt"));
        Fixtures.ok(platform, "plan:load " + files.resolve("a.plan.json"));
        assertNotNull(Fixtures.plan(platform, "no-text"));
    }

    @Test
    void devicesAndOversizedFilesAreRefusedUnread() throws Exception {
        String device = refused("plan:load /dev/zero");
        assertTrue(device.contains("is not a plain file (a device, pipe or folder is not read)"), device);
        Path big = files.resolve("big.plan.json");
        Files.write(big, new byte[5 << 20]);
        String huge = refused("plan:load " + big);
        assertTrue(huge.contains("is 5.0 MB, above the limit of 4.0 MB for a plan file"), huge);
    }

    @Test
    void aDeployPlanWaitsForItsTextThenIsAuditedOrRefused() throws Exception {
        Path deploy = data.resolve("deploy");
        plan(deploy, "late", "late-text", "late.txt");
        Thread.sleep(800); // the text arrives after its JSON, within the wait
        Files.copy(SRC.resolve("hung-yen.txt"), deploy.resolve("late.txt"));
        Fixtures.until(() -> Fixtures.plan(platform, "late-text") != null, 8_000);
        assertNotNull(Fixtures.plan(platform, "late-text"), "loaded once its text came");
        String audit = Fixtures.ok(platform, "audit:list --format json").out();
        assertTrue(audit.contains("\"action\" : \"plan.deploy\"") && audit.contains("late-text"), audit);

        plan(deploy, "never", "never-text", "never.txt");
        Fixtures.until(() -> Fixtures.log().contains("never.plan.json in the deploy folder was refused: its document"
                + " text did not come within 1 s"), 8_000);
        assertTrue(Fixtures.log().contains("never.plan.json in the deploy folder was refused"), "refused with the reason");
        assertNull(Fixtures.plan(platform, "never-text"));

        Files.delete(deploy.resolve("late.plan.json"));
        Fixtures.until(() -> Fixtures.plan(platform, "late-text") == null, 5_000);
        String after = Fixtures.ok(platform, "audit:list --format json").out();
        assertTrue(after.contains("\"action\" : \"plan.undeploy\""), after);
    }

    @Test
    void planLoadsAndGogoBundleOperationsAreAuditedWithTheOperator() throws Exception {
        Files.copy(SRC.resolve("hung-yen.txt"), files.resolve("hung-yen.txt"));
        Fixtures.ok(platform, "plan:load " + plan(files, "hy", "hy-audited", "hung-yen.txt"));
        Fixtures.ok(platform, "plan:unload hy-audited");
        Fixtures.ok(platform, "install " + Fixtures.repoJar("plan-ha-noi").toUri());
        long id = Fixtures.bundle(platform, "plan-ha-noi").getBundleId();
        Fixtures.ok(platform, "start " + id);
        Fixtures.ok(platform, "stop " + id);
        Fixtures.until(() -> Fixtures.ok(platform, "audit:list --format json").out().contains("bundle.stop"), 5_000);
        String audit = Fixtures.ok(platform, "audit:list --format json").out();
        for (String action : List.of("plan.load", "plan.unload", "bundle.install", "bundle.start", "bundle.stop")) {
            assertTrue(audit.contains("\"action\" : \"" + action + "\""), action + " audited: " + audit);
        }
        assertTrue(audit.contains("\"operator\" : \"" + System.getProperty("user.name") + "\""), audit);
        assertEquals(1, audit.split("\"action\" : \"plan.load\"", -1).length - 1, "one entry per load");
    }
}
