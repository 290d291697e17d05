package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * What the in-framework tests share: a platform with every plan, running a command that must succeed, and looking
 * at what a platform holds (plan services, bundles, the build's bundle jars, the test JVM's log).
 */
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

    /** The plan service of plan {@code id}, or null (seen through the registry: the API lives in the framework). */
    static ServiceReference<?> plan(Platform p, String id) throws Exception {
        ServiceReference<?>[] refs = p.context().getAllServiceReferences("vn.pcmt.api.PlanService",
                "(pcmt.plan.id=" + id + ")");
        return refs == null ? null : refs[0];
    }

    /** The installed bundle of this symbolic name, or null. */
    static Bundle bundle(Platform p, String symbolicName) {
        return Arrays.stream(p.context().getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst().orElse(null);
    }

    /** A pcmt bundle jar as the build put it in the launcher's repository. */
    static Path repoJar(String artifact) {
        return PlatformTest.HOME.resolve("launcher/target/repository/vn/pcmt/" + artifact + "/0.1.0/" + artifact
                + "-0.1.0.jar");
    }

    /** The test JVM's one log (logging is set up once per JVM; surefire sets pcmt.data to target/test-log). */
    static String log() throws Exception {
        return Files.readString(Path.of(System.getProperty("pcmt.data"), "log/pcmt.log"), StandardCharsets.UTF_8);
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
}
