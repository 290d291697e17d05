package vn.pcmt.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.pcmt.api.security.AccessDeniedException;
import vn.pcmt.api.security.Identity;
import vn.pcmt.api.security.UserRole;

/** The rules of issue 15 that need no framework: hashes, keys, names, the ACL, the gate, the user file. */
class SecurityRulesTest {
    static final Identity VIEWER = new Identity("vw", UserRole.VIEWER, List.of(), null, "ssh");
    static final Identity OPERATOR = new Identity("hy-op", UserRole.OPERATOR, List.of("hung-yen"), null, "ssh");
    static final Set<String> COMMANDS = Set.of("plan:list", "plan:unload", "felix:lb", "felix:install", "felix:help",
            "gogo:help", "gogo:cat", "indicator:record", "user:add");

    @Test
    void passwordsAreSaltedSlowHashes() {
        String a = Passwords.hash("correct horse".toCharArray());
        String b = Passwords.hash("correct horse".toCharArray());
        assertNotEquals(a, b, "a random salt each time");
        assertTrue(a.startsWith("pbkdf2-sha256$" + Passwords.ITERATIONS + "$"), a);
        assertTrue(Passwords.matches("correct horse".toCharArray(), a));
        assertFalse(Passwords.matches("correct horsf".toCharArray(), a));
        assertFalse(Passwords.matches("x".toCharArray(), null));
        assertThrows(IllegalArgumentException.class, () -> Passwords.hash("short".toCharArray()));
    }

    @Test
    void publicKeysAreCheckedWithoutSshd() throws Exception {
        // an ed25519 key from the JDK, written as OpenSSH writes it
        byte[] x509 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded();
        byte[] raw = Arrays.copyOfRange(x509, x509.length - 32, x509.length);
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(blob);
        d.writeInt(11);
        d.write("ssh-ed25519".getBytes(StandardCharsets.US_ASCII));
        d.writeInt(32);
        d.write(raw);
        String line = "ssh-ed25519 " + Base64.getEncoder().encodeToString(blob.toByteArray()) + " hy-op@office";
        assertEquals(line.substring(0, line.lastIndexOf(' ')), PublicKeys.parse(line, "K.pub"));
        assertTrue(PublicKeys.fingerprint(PublicKeys.parse(line, "K.pub")).startsWith("SHA256:"));
        IllegalArgumentException dsa = assertThrows(IllegalArgumentException.class,
                () -> PublicKeys.parse("ssh-dss AAAAB3NzaC1kc3M= x", "D.pub"));
        assertTrue(dsa.getMessage().contains("D.pub") && dsa.getMessage().contains("ssh-dss"), dsa.getMessage());
        IllegalArgumentException lie = assertThrows(IllegalArgumentException.class, () -> PublicKeys.parse(
                "ssh-rsa " + Base64.getEncoder().encodeToString(blob.toByteArray()), "R.pub"));
        assertTrue(lie.getMessage().contains("the key is ssh-ed25519"), lie.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PublicKeys.parse("ssh-ed25519 !!!", "B.pub"));
        assertThrows(IllegalArgumentException.class, () -> PublicKeys.parse("nonsense", "N.pub"));
    }

    @Test
    void namesHoldNoControlCharactersAndAreShort() {
        assertEquals("Nguyễn Văn A", Identity.checkName("Nguyễn Văn A"));
        for (String bad : List.of("", " ", "a\nb", "a\rb", "a\u0000", "x\u2028y", "a\u200eb", " lead", "x".repeat(65))) {
            assertThrows(IllegalArgumentException.class, () -> Identity.checkName(bad), bad);
        }
    }

    @Test
    void theMostSpecificAclRuleWins() {
        Acl acl = Acl.parse(Acl.DEFAULTS, "defaults");
        assertEquals(UserRole.VIEWER, acl.required("plan:list"));
        assertEquals(UserRole.ADMIN, acl.required("plan:unload"));
        assertEquals(UserRole.ADMIN, acl.required("felix:install"));
        assertEquals(UserRole.VIEWER, acl.required("felix:help"));
        Acl strict = Acl.parse("plan:* = operator\n", "strict");
        assertEquals(UserRole.OPERATOR, strict.required("plan:list"));
        assertEquals(UserRole.ADMIN, strict.required("area:list"), "no default rule: an admin's");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Acl.parse("# x\nplan:list = boss\n", "command.acl"));
        assertTrue(e.getMessage().startsWith("command.acl:2:"), e.getMessage());
    }

    @Test
    void theGateLetsOnlyAllowedCommandsWithPlainArgumentsThrough() {
        Acl acl = Acl.parse(Acl.DEFAULTS, "defaults");
        Gate.check("plan:list --format json", VIEWER, acl, COMMANDS);
        Gate.check("plan:list; help plan:list", VIEWER, acl, COMMANDS);
        Gate.check("indicator:record hung-yen II.2#3 2026 40 --note 'giá $ trị'", OPERATOR, acl, COMMANDS);
        for (String bad : List.of("lb", "felix:install file:/x.jar", "cat /etc/passwd", "plan:unload hung-yen",
                "plan:list $.context", "(plan:list) getClass", "x = 1", "plan:list > /tmp/x", "{ plan:list }",
                "nothing-such", "plan:list \"$HOME\"")) {
            assertThrows(AccessDeniedException.class, () -> Gate.check(bad, OPERATOR, acl, COMMANDS), bad);
        }
        Gate.check("lb; plan:unload hung-yen; x = $.context", OPERATOR.via("local").equals(OPERATOR) ? OPERATOR
                : new Identity("root", UserRole.ADMIN, List.of(), null, "local"), acl, COMMANDS);
    }

    @Test
    void theUserFileIsOwnerOnlyAndKeepsEveryField(@TempDir Path data) throws Exception {
        UserFile f = new UserFile(data);
        java.util.Map<String, UserFile.User> users = new java.util.TreeMap<>();
        users.put("hy-op", new UserFile.User("hy-op", UserRole.OPERATOR, List.of("hung-yen"), "Hưng Yên", "h",
                List.of("ssh-ed25519 AAAA"), 2, java.time.Instant.parse("2026-12-07T10:00:00Z")));
        f.write(users);
        assertEquals(users, f.read());
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(f.path())));
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(f.path().getParent())));
    }
}
