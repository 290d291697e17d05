package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that cannot open its database: every store command fails with the store's plain reason (rather than
 * vanishing, or pointing at the log), and the log holds it once.
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
            assertTrue(r.err().contains("the folder /proc/pcmt-test-nope cannot be created"), r.err());
            Platform.Result again = p.execute("unit:list");
            assertEquals(1, again.exit());
            assertTrue(again.err().contains("the folder /proc/pcmt-test-nope cannot be created"), again.err());
        }
        String log = Fixtures.log();
        assertTrue(log.contains("The progress store did not start: database jdbc:h2:file:/proc/pcmt-test-nope/db:"
                + " the folder /proc/pcmt-test-nope cannot be created"), "the store's reason");
    }

    /**
     * A driver that is not deployed (issue 14: every store command used to vanish, with nothing logged): the store
     * commands are there and say which target matched no driver, where it is set, and which drivers there are.
     */
    @Test
    void anUnknownDriverIsNamedByEveryStoreCommand() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.copy(PlatformTest.HOME.resolve("config/gosh_profile"), config.resolve("gosh_profile"));
        Files.writeString(config.resolve("vn.pcmt.store.cfg"), "url = jdbc:postgresql://localhost/pcmt\n"
                + "dataSourceFactory.target = (osgi.jdbc.driver.class=org.postgresql.Driver)\n");
        Platform.Settings s = Platform.Settings.defaults(PlatformTest.HOME, dir.resolve("data"), List.of("core"))
                .withDeploy(dir.resolve("deploy")).withConfig(config);
        try (Platform p = Platform.start(s)) {
            for (String command : List.of("unit:list", "audit:list", "report:due")) {
                Platform.Result r = p.execute(command);
                assertEquals(1, r.exit(), command);
                assertTrue(r.err().contains("no JDBC driver matches dataSourceFactory.target = (osgi.jdbc.driver.class"
                        + "=org.postgresql.Driver) (config/vn.pcmt.store.cfg); drivers deployed: org.h2.Driver"),
                        command + ": " + r.err());
            }
        }
        assertTrue(Fixtures.log().contains("The progress store did not start: database jdbc:postgresql://localhost/pcmt:"
                + " no JDBC driver matches"), "logged");
    }
}
