package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database is closed to other users: a running console's shared-database port listens on loopback only (seen
 * with {@code ss}), the login needs the generated password kept in an owner-only file, and nothing in the data
 * folder can be read by others.
 */
class LockDownIT {
    @TempDir
    Path dir;

    PcmtProcessIT runner(Path data) {
        PcmtProcessIT r = new PcmtProcessIT();
        r.data = data;
        return r;
    }

    static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return out;
    }

    /** H2's own shell, as another program on the machine would connect. */
    static String h2(String url, String password) throws Exception {
        Path jar;
        try (Stream<Path> s = Files.walk(PlatformTest.HOME.resolve("launcher/target/repository/com/h2database"))) {
            jar = s.filter(f -> f.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        return run("java", "-cp", jar.toString(), "org.h2.tools.Shell", "-url", url, "-user", "sa", "-password",
                password, "-sql", "SELECT COUNT(*) FROM audit_log");
    }

    @Test
    void theSharedDatabaseListensOnLoopbackOnlyAndTheDataFolderIsTheOwnersAlone() throws Exception {
        Path data = dir.resolve("data");
        Path script = dir.resolve("writes.gosh");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            s.append("assignment:update III.5.2#2 ").append(i % 2 == 0 ? "done" : "blocked").append(" --plan hung-yen\n");
        }
        Files.writeString(script, s);
        Path out = dir.resolve("out.txt");
        Process p = runner(data).start(out, dir.resolve("err.txt"), "--feature", "hung-yen", script.toString());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (p.isAlive() && !Files.readString(out).contains(" → ") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(p.isAlive(), "the console is writing");
            String ss = run("ss", "-ltnpH");
            List<String> ours = ss.lines().filter(l -> l.contains("pid=" + p.pid() + ",")).toList();
            System.out.println("ss -ltnp, the console's sockets:\n" + String.join("\n", ours));
            assertFalse(ours.isEmpty(), "the console serves its database to other consoles: " + ss);
            for (String l : ours) {
                String local = l.trim().split("\\s+")[3];
                assertTrue(local.startsWith("127.0.0.1:") || local.startsWith("[::ffff:127.0.0.1]:")
                        || local.startsWith("[::1]:"), "listening beyond loopback: " + l);
            }
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        // every folder 0700, every file 0600 (sockets and links aside)
        List<String> open = new ArrayList<>();
        try (Stream<Path> all = Files.walk(data)) {
            for (Path f : (Iterable<Path>) all::iterator) {
                if (Files.isSymbolicLink(f)) {
                    continue;
                }
                Set<PosixFilePermission> mode = Files.getPosixFilePermissions(f);
                if (mode.stream().anyMatch(m -> m.name().startsWith("GROUP") || m.name().startsWith("OTHERS"))) {
                    open.add(PosixFilePermissions.toString(mode) + " " + data.relativize(f));
                }
            }
        }
        assertEquals(List.of(), open, "files others could read");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                data.resolve("db/pcmt.password"))));
        String url = "jdbc:h2:file:" + data.resolve("db/pcmt");
        String empty = h2(url, "");
        assertTrue(empty.contains("Wrong user name or password"), "sa with an empty password: " + empty);
        String password = Files.readString(data.resolve("db/pcmt.password")).strip();
        assertFalse(h2(url, password).contains("Wrong user name"), "the generated password opens it");
    }

    @Test
    void aDatabaseMadeWithTheOldEmptyPasswordIsMovedToAGeneratedOne() throws Exception {
        Path data = dir.resolve("old");
        Files.createDirectories(data.resolve("db"));
        String url = "jdbc:h2:file:" + data.resolve("db/pcmt");
        h2(url + ";INIT=CREATE TABLE IF NOT EXISTS probe(x INT)", ""); // made by an earlier pcmt: sa, no password
        PcmtProcessIT.Run r = runner(data).pcmt("--feature", "hung-yen", "-c",
                "assignment:update III.5.2#2 done --plan hung-yen");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(data.resolve("db/pcmt.password")));
        assertTrue(h2(url, "").contains("Wrong user name or password"), "the empty password no longer opens it");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
    }
}
