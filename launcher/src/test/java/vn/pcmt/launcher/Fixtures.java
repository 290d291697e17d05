package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

/** What the in-framework tests share: a platform with every plan, and running a command that must succeed. */
final class Fixtures {
    private Fixtures() {}

    /** Feature "all" on a data folder of its own, its deploy folder inside it. */
    static Platform all(Path data) throws Exception {
        return Platform.start(Platform.Settings.defaults(PlatformTest.HOME, data, List.of("all"))
                .withDeploy(data.resolve("deploy")));
    }

    /** Runs {@code command}, failing the test with its error when it does not exit 0. */
    static Platform.Result ok(Platform platform, String command) throws Exception {
        Platform.Result r = platform.execute(command);
        assertEquals(0, r.exit(), command + ": " + r.err());
        return r;
    }
}
