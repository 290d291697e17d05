package vn.pcmt.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import vn.pcmt.api.ProgressStore.AuditCheck;

/**
 * The audit as a hash chain: each entry's hash is SHA-256 over the previous entry's hash and every field of the
 * entry (id, time in milliseconds, operator, channel, action, subject, old and new value, each length-prefixed), and
 * {@code audit_head} holds the last id and hash. Changing a field breaks that entry's hash; removing an entry breaks
 * the next entry's link (or the head, for the last one). Not a signature: someone who can write the database and
 * knows this rule can rewrite the whole chain, so {@code audit:verify} prints the head hash to be kept elsewhere.
 */
final class AuditChain {
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    static String hash(String prev, long id, long atMillis, String operator, String channel, String action,
            String subject, String oldValue, String newValue) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (String f : new String[] {prev, Long.toString(id), Long.toString(atMillis), operator, channel, action,
                    subject, oldValue, newValue}) {
                byte[] b = f == null ? new byte[0] : f.getBytes(StandardCharsets.UTF_8);
                d.update((f == null ? "-1:" : b.length + ":").getBytes(StandardCharsets.US_ASCII));
                d.update(b);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Appends one entry, chained. Takes the head row's lock first, so writers in several processes (a shared H2
     * file) append one after the other.
     */
    static void append(Connection c, OffsetDateTime at, String operator, String channel, String action, String subject,
            String oldValue, String newValue) throws SQLException {
        String prev;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT hash FROM audit_head WHERE id = 1 FOR UPDATE")) {
            if (!rs.next()) {
                throw new SQLException("audit_head has no row: the audit chain's head was removed");
            }
            prev = rs.getString(1);
        }
        long id;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO audit_log (at, operator, channel, action, subject,"
                + " old_value, new_value, prev_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            p.setObject(1, at);
            p.setString(2, operator);
            p.setString(3, channel);
            p.setString(4, action);
            p.setString(5, subject);
            p.setString(6, oldValue);
            p.setString(7, newValue);
            p.setString(8, prev);
            p.executeUpdate();
            try (ResultSet rs = p.getGeneratedKeys()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        String h = hash(prev, id, at.toInstant().toEpochMilli(), operator, channel, action, subject, oldValue, newValue);
        try (PreparedStatement p = c.prepareStatement("UPDATE audit_log SET hash = ? WHERE id = ?")) {
            p.setString(1, h);
            p.setLong(2, id);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE audit_head SET last_id = ?, hash = ? WHERE id = 1")) {
            p.setLong(1, id);
            p.setString(2, h);
            p.executeUpdate();
        }
    }

    /** Chains the entries written before V8 (run once, by that migration). */
    static void seal(Connection c) throws SQLException {
        String prev = GENESIS;
        long last = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, at, operator, channel, action,"
                + " subject, old_value, new_value FROM audit_log ORDER BY id");
                PreparedStatement u = c.prepareStatement("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String h = hash(prev, id, rs.getObject(2, OffsetDateTime.class).toInstant().toEpochMilli(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8));
                u.setString(1, prev);
                u.setString(2, h);
                u.setLong(3, id);
                u.executeUpdate();
                prev = h;
                last = id;
            }
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE audit_head SET last_id = ?, hash = ? WHERE id = 1")) {
            p.setLong(1, last);
            p.setString(2, prev);
            p.executeUpdate();
        }
    }

    /** Walks the chain from the first entry; stops at the first entry changed or missing. */
    static AuditCheck verify(Connection c) throws SQLException {
        String prev = GENESIS;
        long lastId = 0;
        int count = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, at, operator, channel, action,"
                + " subject, old_value, new_value, prev_hash, hash FROM audit_log ORDER BY id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                if (!prev.equals(rs.getString(9))) {
                    return new AuditCheck(count, id, lastId == 0
                            ? "entry " + id + " does not follow the start of the chain: an entry before it was removed"
                                    + " or its link was changed"
                            : "entry " + id + " does not follow entry " + lastId + ": an entry between them was removed"
                                    + " or the link was changed", null);
                }
                String h = hash(prev, id, rs.getObject(2, OffsetDateTime.class).toInstant().toEpochMilli(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8));
                if (!h.equals(rs.getString(10))) {
                    return new AuditCheck(count, id, "entry " + id + " was changed after it was written (its hash"
                            + " does not match its fields)", null);
                }
                prev = h;
                lastId = id;
                count++;
            }
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT last_id, hash FROM audit_head WHERE id = 1")) {
            if (!rs.next()) {
                return new AuditCheck(count, null, "the chain's head (audit_head) was removed", null);
            }
            if (rs.getLong(1) != lastId || !prev.equals(rs.getString(2))) {
                return new AuditCheck(count, rs.getLong(1), "the last entry is " + lastId + " but the chain's head"
                        + " names entry " + rs.getLong(1) + ": entries at the end were removed", null);
            }
        }
        return new AuditCheck(count, null, null, prev);
    }
}
