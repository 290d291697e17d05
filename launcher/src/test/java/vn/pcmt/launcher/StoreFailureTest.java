package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store configured on a folder that cannot exist: the command fails with a pointer to the log, and the log holds
 * the store's plain reason and SCR's report of the failed component (the OSGi log forwarded to SLF4J).
 */
class StoreFailureTest {
    @TempDir
    Path dir;

    @Test
    void aStoreThatCannotOpenIsExplainedInTheLog() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.copy(PlatformTest.HOME.resolve("config/gosh_profile"), config.resolve("gosh_profile"));
        Files.writeString(config.resolve("vn.pcmt.store.cfg"), "url = jdbc:h2:file:/proc/pcmt-test-nope/db\n");
        Platform.Settings s = Platform.Settings.defaults(PlatformTest.HOME, dir.resolve("data"), List.of("core"))
                .withDeploy(dir.resolve("deploy")).withConfig(config);
        try (Platform p = Platform.start(s)) {
            Platform.Result r = p.execute("audit:list");
            assertEquals(1, r.exit());
            assertTrue(r.err().contains("a service this command needs failed to start"), r.err());
        }
        String log = Fixtures.log();
        assertTrue(log.contains("The progress store did not start: database jdbc:h2:file:/proc/pcmt-test-nope/db:"
                + " the folder /proc/pcmt-test-nope cannot be created"), "the store's reason");
        assertTrue(log.lines().anyMatch(l -> l.contains("ERROR pcmt-store") && l.contains("JdbcStore")),
                "SCR's own report, from the OSGi log");
    }
}
