package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deploy folder cannot brick the platform: probe bundles built here, one whose activator calls System.exit(3),
 * one whose activator sleeps, dropped into the deploy folder of a real {@code ./pcmt}.
 */
class DeployGuardIT {
    @TempDir
    Path data;

    private PcmtProcessIT runner() {
        PcmtProcessIT r = new PcmtProcessIT();
        r.data = data;
        return r;
    }

    /** A bundle jar whose activator's start runs {@code body}. */
    static Path probe(Path dir, String name, String body) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src-" + name + "/probe/" + name));
        Path java = src.resolve("Activator.java");
        Files.writeString(java, "package probe." + name + ";\n"
                + "public class Activator implements org.osgi.framework.BundleActivator {\n"
                + "  public void start(org.osgi.framework.BundleContext c) throws Exception { " + body + " }\n"
                + "  public void stop(org.osgi.framework.BundleContext c) {}\n}\n");
        Path classes = Files.createDirectories(dir.resolve("classes-" + name));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String framework = PlatformTest.HOME.resolve("launcher/target/lib/org.eclipse.osgi-3.24.300.jar").toString();
        assertEquals(0, javac.run(null, null, null, "-d", classes.toString(), "-cp", framework, "--release", "17",
                java.toString()), "the probe compiles");
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "probe." + name);
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Bundle-Activator", "probe." + name + ".Activator");
        a.putValue("Import-Package", "org.osgi.framework");
        Path jar = dir.resolve("probe-" + name + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m)) {
            String entry = "probe/" + name + "/Activator.class";
            out.putNextEntry(new JarEntry(entry));
            out.write(Files.readAllBytes(classes.resolve(entry)));
            out.closeEntry();
        }
        return jar;
    }

    @Test
    void aJarCallingSystemExitEndsOneStartOnlyAndIsSkippedAfterwards() throws Exception {
        Path deploy = Files.createDirectories(data.resolve("deploy"));
        Path jar = probe(data, "exit", "System.exit(3);");
        Files.copy(jar, deploy.resolve("probe-exit.jar"));
        PcmtProcessIT.Run first = runner().pcmt("--feature", "core", "-c", "plan:list");
        assertEquals(3, first.exit(), "the activator ended that start: " + first.err());

        PcmtProcessIT.Run second = runner().pcmt("--feature", "core", "-c", "plan:list");
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.err().contains("probe-exit.jar in the deploy folder is NOT started")
                && second.err().contains("did not complete"), "which and why: " + second.err());

        Files.delete(deploy.resolve("probe-exit.jar"));
        PcmtProcessIT.Run third = runner().pcmt("--feature", "core", "-c", "plan:list");
        assertEquals(0, third.exit(), third.err());
        assertFalse(third.err().contains("probe-exit"), third.err());
        PcmtProcessIT.Run audit = runner().pcmt("--feature", "core", "-c", "audit:list --format json");
        assertTrue(audit.out().contains("bundle.deploy") && audit.out().contains("bundle.undeploy"), audit.out());

        // --safe: a new jar of the same kind is not even tried
        Files.copy(jar, deploy.resolve("probe-exit2.jar"));
        PcmtProcessIT.Run safe = runner().pcmt("--safe", "--feature", "core", "-c", "plan:list");
        assertEquals(0, safe.exit(), safe.err());
        assertTrue(safe.err().contains("probe-exit2.jar in the deploy folder is not started: pcmt runs with --safe"),
                safe.err());
    }

    @Test
    void aHangingActivatorIsReportedAndLeftAndThePlatformStillEnds() throws Exception {
        Path deploy = Files.createDirectories(data.resolve("deploy"));
        Files.copy(probe(data, "sleep", "Thread.sleep(600_000);"), deploy.resolve("probe-sleep.jar"));
        long t0 = System.nanoTime();
        PcmtProcessIT.Run r = runner().pcmt("-D", "pcmt.deploy.startTimeout=2000", "--feature", "core", "-c",
                "plan:list");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("probe.sleep from the deploy folder: its activator has not returned after 2.0 s"),
                r.err());
        assertTrue(seconds < 30, "ended in " + seconds + " s");
        PcmtProcessIT.Run next = runner().pcmt("--feature", "core", "-c", "plan:list");
        assertEquals(0, next.exit(), next.err());
        assertTrue(next.err().contains("probe-sleep.jar in the deploy folder is NOT started"), next.err());
        System.out.println("hanging activator: first run ended in " + seconds + " s");
    }
}
