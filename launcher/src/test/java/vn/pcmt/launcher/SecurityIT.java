package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 15 as its users meet it: the built {@code ./pcmt} as a console serving SSH on a free loopback port, the
 * real OpenSSH client ({@code ssh}, keys made by {@code ssh-keygen}) logging in by key and by password, and batch
 * runs of {@code ./pcmt -c} served by that console. One console for the class (a start costs seconds); the tests
 * run in order because later ones look at what earlier ones wrote.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityIT {
    static final Path HOME = PlatformTest.HOME;
    static Path dir;
    static Path data;
    static int port;
    static Process console;
    static OutputStream consoleIn;

    record Run(int exit, String out, String err) {}

    @BeforeAll
    static void startConsole() throws Exception {
        dir = Files.createTempDirectory("pcmt-security-it");
        data = dir.resolve("data");
        for (String k : List.of("hy", "vw", "stranger", "admin")) {
            run(List.of("ssh-keygen", "-q", "-t", k.equals("vw") ? "rsa" : "ed25519", "-N", "", "-C", k, "-f",
                    dir.resolve(k).toString()), null);
        }
        // users are added before the console starts, by standalone batch runs (the data folder's owner is admin)
        ok(pcmt("-c", "user:add hy-op --role operator --scope hung-yen --key " + dir.resolve("hy.pub")));
        ok(pcmt("-c", "user:add vw --role viewer --key " + dir.resolve("vw.pub")));
        ok(pcmt("-c", "user:add hp-op --role operator --province \"Hải Phòng\" --key " + dir.resolve("admin.pub")));
        Run pw = pcmtWithInput("correct horse battery\n", "-c", "user:add pw-user --role viewer --password");
        ok(pw);
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(HOME.resolve("pcmt").toString(), "--data", data.toString(), "-D",
                "pcmt.ssh.port=" + port).directory(HOME.toFile());
        pb.redirectOutput(dir.resolve("console.out").toFile()).redirectError(dir.resolve("console.err").toFile());
        console = pb.start();
        consoleIn = console.getOutputStream(); // kept open: the console waits on it
        long end = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < end) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                if (Files.exists(data.resolve("run/console.sock"))) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the console did not open SSH port " + port + ": "
                + Files.readString(dir.resolve("console.err")));
    }

    @AfterAll
    static void stopConsole() throws Exception {
        if (console != null) {
            consoleIn.write("exit\n".getBytes(StandardCharsets.UTF_8));
            consoleIn.flush();
            if (!console.waitFor(30, TimeUnit.SECONDS)) {
                console.destroy();
            }
        }
    }

    static Run run(List<String> cmd, String input) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(HOME.toFile());
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (input != null) {
            p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "did not exit: " + cmd);
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    static Run pcmt(String... args) throws Exception {
        return pcmtWithInput(null, args);
    }

    static Run pcmtWithInput(String input, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(HOME.resolve("pcmt").toString(), "--data", data.toString()));
        cmd.addAll(List.of(args));
        return run(cmd, input);
    }

    /** The real OpenSSH client, by key; BatchMode: no prompt, a refused login is exit 255. */
    static Run ssh(String key, String user, String command) throws Exception {
        return run(List.of("ssh", "-p", Integer.toString(port), "-i", dir.resolve(key).toString(),
                "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=" + dir.resolve("known_hosts"), "-o", "PreferredAuthentications=publickey",
                user + "@127.0.0.1", command), null);
    }

    /** The real OpenSSH client, by password, given through SSH_ASKPASS as no terminal is there to type it. */
    static Run sshPassword(String user, String password, String command) throws Exception {
        Path askpass = dir.resolve("askpass-" + Math.abs(password.hashCode()) + ".sh");
        Files.writeString(askpass, "#!/bin/sh\necho '" + password + "'\n");
        Files.setPosixFilePermissions(askpass, PosixFilePermissions.fromString("rwx------"));
        ProcessBuilder pb = new ProcessBuilder("setsid", "-w", "ssh", "-p", Integer.toString(port),
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=" + dir.resolve("known_hosts"),
                "-o", "PreferredAuthentications=password", "-o", "PubkeyAuthentication=no",
                "-o", "NumberOfPasswordPrompts=1", user + "@127.0.0.1", command).directory(HOME.toFile());
        pb.environment().put("SSH_ASKPASS", askpass.toString());
        pb.environment().put("SSH_ASKPASS_REQUIRE", "force");
        pb.environment().put("DISPLAY", ":0");
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ssh did not exit");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    static String ok(Run r) {
        assertEquals(0, r.exit(), "out: " + r.out() + "\nerr: " + r.err());
        return r.out();
    }

    static void refused(Run r, String... words) {
        assertEquals(1, r.exit(), "refused with exit 1: " + r.out() + r.err());
        for (String w : words) {
            assertTrue(r.err().contains(w), "the refusal names " + w + ": " + r.err());
        }
    }

    static int auditEntries() throws Exception {
        String json = ok(pcmt("-c", "audit:list --format json"));
        return json.split("\"id\" :", -1).length - 1;
    }

    @Test
    @Order(1)
    void theUserFileIsTheOwnersAlone() throws Exception {
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("security"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                data.resolve("security/users.properties"))));
        String file = Files.readString(data.resolve("security/users.properties"));
        assertFalse(file.contains("correct horse"), "the password is hashed");
        assertTrue(file.contains("pbkdf2-sha256$"), file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                data.resolve("run/console.sock"))));
        String users = ok(pcmt("-c", "user:list --format json"));
        assertTrue(users.contains("\"name\":\"hy-op\",\"role\":\"operator\",\"scope\":[\"hung-yen\"]"), users);
    }

    @Test
    @Order(2)
    void anOperatorWritesInScopeOnlyAndNothingIsWrittenOnRefusal() throws Exception {
        assertTrue(ok(ssh("hy", "hy-op", "plan:list")).contains("hung-yen"), "an operator reads");
        ok(ssh("hy", "hy-op", "indicator:record hung-yen II.2#3 2026 40"));
        int before = auditEntries();
        refused(ssh("hy", "hy-op", "indicator:record ha-noi I.2.a#t1 2026 99"), "ha-noi", "hy-op");
        refused(ssh("hy", "hy-op", "assignment:update II.1.a#1/cap-uy-cac-cap done --plan ha-noi"), "ha-noi");
        refused(ssh("hy", "hy-op", "plan:unload hung-yen"), "admin");
        refused(ssh("hy", "hy-op", "user:add x --role admin --password"), "admin");
        assertEquals(before, auditEntries(), "refusals write nothing");
        assertFalse(ok(ssh("vw", "vw", "indicator:history ha-noi I.2.a#t1")).contains("99"));
        // the import of a file with one row outside the scope: nothing of it is written
        Path csv = dir.resolve("figures.csv");
        Files.writeString(csv, "plan,target,period,value\nhung-yen,II.2#3,2027,50\nha-noi,I.2.a#t1,2026,99\n");
        Run imp = ssh("hy", "hy-op", "indicator:import " + csv);
        assertEquals(1, imp.exit(), imp.err());
        assertTrue(imp.err().contains("nằm ngoài phạm vi của"), imp.err()); // the store speaks Vietnamese by default
        assertFalse(ok(ssh("vw", "vw", "indicator:history hung-yen II.2#3")).contains("2027"));
        // a status in scope is written, and the audit names the user and the channel
        ok(ssh("hy", "hy-op", "assignment:update III.1.1#1/ubnd-xa in-progress --plan hung-yen"));
        String audit = ok(ssh("vw", "vw", "audit:list --format json"));
        assertTrue(audit.contains("\"operator\" : \"hy-op\",\n  \"channel\" : \"ssh\",\n  \"action\" : \"figure.record\""),
                audit);
        assertTrue(audit.contains("\"action\" : \"assignment.status\""), audit);
    }

    @Test
    @Order(3)
    void aProvinceScopeCoversThatProvincesPlansOnly() throws Exception {
        ok(ssh("admin", "hp-op", "indicator:list --plan hai-phong"));
        String targets = ok(ssh("admin", "hp-op", "indicator:list --plan hai-phong --format json"));
        String id = targets.split("\"id\" : \"", 2)[1].split("\"", 2)[0];
        Run inScope = ssh("admin", "hp-op", "indicator:record hai-phong " + id + " 2026 1");
        assertTrue(inScope.exit() == 0 || !inScope.err().contains("bị từ chối"), "not refused by scope: " + inScope);
        refused(ssh("admin", "hp-op", "indicator:record hung-yen II.2#3 2026 41"), "hung-yen", "Hải Phòng");
    }

    @Test
    @Order(3)
    void recognitionsAreWrittenOnlyForUnitsOfTheProvinceInScope() throws Exception {
        Path units = dir.resolve("units.csv");
        Files.writeString(units, "code,province,name,kind\nHY-01,Hưng Yên,Xã Tống Trân,xa\nHN-01,Hà Nội,Phường Ba Đình,phuong\n");
        // an operator may not import units of another province: nothing of the file is written
        Run mixed = ssh("hy", "hy-op", "unit:import " + units);
        assertEquals(1, mixed.exit(), mixed.err());
        assertTrue(mixed.err().contains("HN-01"), mixed.err());
        ok(pcmt("-c", "unit:import " + units)); // served: the console's owner, an admin
        ok(ssh("hy", "hy-op", "unit:recognize HY-01 drug-free --date 2026-01-10 --decision \"QĐ 12/QĐ-UBND\""));
        int before = auditEntries();
        refused(ssh("hy", "hy-op", "unit:recognize HN-01 drug-free --date 2026-01-10 --decision \"QĐ 1\""), "Hà Nội",
                "hy-op");
        refused(ssh("admin", "hp-op", "unit:withdraw HY-01 drug-free --date 2026-02-01 --decision \"QĐ 2\""), "Hưng Yên");
        assertEquals(before, auditEntries(), "refusals write nothing");
    }

    @Test
    @Order(4)
    void aViewerReadsAndIsRefusedEveryWrite() throws Exception {
        ok(ssh("vw", "vw", "report:progress hung-yen"));
        int before = auditEntries();
        refused(ssh("vw", "vw", "assignment:update III.1.1#1/ubnd-xa done --plan hung-yen"), "operator", "vw");
        refused(ssh("vw", "vw", "indicator:record hung-yen II.2#3 2026 1"), "operator");
        refused(ssh("vw", "vw", "unit:recognize X drug-free --date 2026-01-01 --decision QĐ"), "operator");
        assertEquals(before, auditEntries(), "refusals write nothing");
    }

    @Test
    @Order(5)
    void theAclGuardsFrameworkCommandsAndTheGateGuardsGogoItself() throws Exception {
        refused(ssh("hy", "hy-op", "lb"), "felix:lb", "admin");
        refused(ssh("hy", "hy-op", "felix:install file:/tmp/x.jar"), "admin");
        refused(ssh("vw", "vw", "scr:list"), "admin");
        refused(ssh("vw", "vw", "cat /etc/passwd"), "admin");
        // Gogo's own objects: the framework's BundleContext, method calls, assignments, redirections
        refused(ssh("vw", "vw", "plan:list $.context"), "$.context");
        refused(ssh("vw", "vw", "(plan:list) getClass"), "bị từ chối");
        refused(ssh("vw", "vw", "x = 1"), "bị từ chối");
        refused(ssh("vw", "vw", "plan:list > " + dir.resolve("leak.txt")), "bị từ chối");
        assertFalse(Files.exists(dir.resolve("leak.txt")));
        assertTrue(ok(ssh("vw", "vw", "help plan:list")).contains("scope: plan"), "help is a viewer's");
    }

    @Test
    @Order(6)
    void unknownAndWrongKeysAreRefused() throws Exception {
        Run stranger = ssh("stranger", "hy-op", "plan:list");
        assertEquals(255, stranger.exit(), "a key not registered for the user: " + stranger.err());
        assertTrue(stranger.err().contains("Permission denied"), stranger.err());
        assertEquals(255, ssh("vw", "hy-op", "plan:list").exit(), "another user's key");
        assertEquals(255, ssh("hy", "nobody", "plan:list").exit(), "an unknown user");
    }

    @Test
    @Order(7)
    void passwordLoginsAndLockOut() throws Exception {
        Run good = sshPassword("pw-user", "correct horse battery", "plan:list");
        assertEquals(0, good.exit(), good.err());
        assertTrue(good.out().contains("hung-yen"), good.out());
        for (int i = 0; i < 5; i++) {
            assertEquals(255, sshPassword("pw-user", "wrong " + i, "plan:list").exit());
        }
        Run locked = sshPassword("pw-user", "correct horse battery", "plan:list");
        assertEquals(255, locked.exit(), "locked out, even with the right password");
        assertTrue(ok(pcmt("-c", "user:list")).contains("(ĐANG KHÓA)")); // a ./pcmt process speaks Vietnamese
        String audit = ok(pcmt("-c", "audit:list --format json"));
        assertTrue(audit.contains("\"action\" : \"user.locked\""), audit);
        ok(pcmtWithInput("another good one\n", "--standalone", "-c", "user:passwd pw-user"));
        assertEquals(0, sshPassword("pw-user", "another good one", "plan:list").exit(), "passwd lifts the lock");
    }

    @Test
    @Order(8)
    void batchCommandsAreServedByTheRunningConsole() throws Exception {
        Path before = Files.createTempFile(dir, "c", ".txt");
        Run unload = pcmt("-c", "plan:unload bac-ninh");
        assertEquals(0, unload.exit(), unload.err());
        assertTrue(unload.out().contains("bac-ninh"), unload.out());
        // the console itself no longer lists it (seen over SSH, which is the console)
        assertFalse(ok(ssh("vw", "vw", "plan:list")).contains("bac-ninh"), "the unload reached the console");
        Run failing = pcmt("-c", "plan:show nowhere");
        assertEquals(1, failing.exit());
        assertTrue(failing.err().contains("nowhere"), failing.err());
        String audit = ok(pcmt("-c", "audit:list --format json"));
        assertTrue(audit.contains("\"channel\" : \"batch\",\n  \"action\" : \"plan.unload\""), audit);
        Files.delete(before);
    }

    @Test
    @Order(9)
    void auditVerifyFindsAnEntryChangedInTheDatabase() throws Exception {
        String intact = ok(pcmt("-c", "audit:verify"));
        assertTrue(intact.contains("nguyên vẹn"), intact);
        // the database's generated password (issue 14), readable by its owner only, as someone with the owner's rights
        String password = Files.readString(data.resolve("db/pcmt.password")).strip();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db/pcmt") + ";AUTO_SERVER=TRUE",
                "sa", password); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_log SET new_value = '4' WHERE action = 'figure.record'");
        }
        Run changed = pcmt("-c", "audit:verify --format json");
        assertEquals(1, changed.exit());
        assertTrue(changed.out().contains("\"intact\" : false") && changed.out().contains("was changed"), changed.out());
    }

    @Test
    @Order(10)
    void withoutAConsoleBatchStartsAPlatformOfItsOwn() throws Exception {
        stopConsole();
        console = null;
        assertFalse(Files.exists(data.resolve("run/console.sock")), "the console removed its socket");
        Run r = pcmt("-c", "plan:list");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("hung-yen"), r.out());
    }
}
