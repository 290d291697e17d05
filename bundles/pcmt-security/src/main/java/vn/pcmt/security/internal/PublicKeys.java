package vn.pcmt.security.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;

/**
 * SSH public keys in the OpenSSH one-line form ({@code ssh-ed25519 AAAA… comment}), checked without SSHD: the
 * base64 blob must decode and name the same type as the line. Stored as {@code TYPE BASE64}; a login compares the
 * key offered, written the same way, with those.
 */
final class PublicKeys {
    static final Set<String> TYPES = Set.of("ssh-ed25519", "ssh-rsa");

    private PublicKeys() {}

    /** "TYPE BASE64" of a .pub file's first key line, or an error naming the file and what is wrong. */
    static String parse(String line, String where) {
        String[] f = line.strip().split("\\s+");
        if (f.length < 2) {
            throw new IllegalArgumentException(where + ": không phải khóa công khai OpenSSH (expected \"ssh-ed25519"
                    + " AAAA… comment\" or \"ssh-rsa AAAA…\")");
        }
        if (!TYPES.contains(f[0])) {
            throw new IllegalArgumentException(where + ": loại khóa \"" + f[0] + "\" không được hỗ trợ (supported: "
                    + "ssh-ed25519, ssh-rsa)");
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(f[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": the key's base64 does not decode: " + e.getMessage());
        }
        try {
            ByteBuffer b = ByteBuffer.wrap(blob);
            int n = b.getInt();
            if (n < 0 || n > b.remaining()) {
                throw new IllegalArgumentException("bad length");
            }
            byte[] type = new byte[n];
            b.get(type);
            String inside = new String(type, StandardCharsets.US_ASCII);
            if (!inside.equals(f[0])) {
                throw new IllegalArgumentException(where + ": the line says " + f[0] + " but the key is " + inside);
            }
            if (f[0].equals("ssh-ed25519") && (b.remaining() != 36 || b.getInt() != 32)) {
                throw new IllegalArgumentException(where + ": an ed25519 key holds 32 bytes");
            }
        } catch (java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException(where + ": the key is cut short");
        }
        return f[0] + " " + f[1];
    }

    /** SHA256:… as ssh-keygen -l prints it. */
    static String fingerprint(String stored) {
        try {
            byte[] blob = Base64.getDecoder().decode(stored.substring(stored.indexOf(' ') + 1));
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(blob));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
