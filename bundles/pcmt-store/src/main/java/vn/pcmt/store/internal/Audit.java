package vn.pcmt.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import vn.pcmt.api.ProgressStore.AuditCheck;
import vn.pcmt.api.ProgressStore.AuditEntry;
import vn.pcmt.api.StoreException;

/**
 * The audit log: who changed what, through which channel, written in the transaction of the change it records and
 * chained to the entry before it ({@link AuditChain}).
 */
final class Audit {
    /** The user recorded for a write, and the channel (local, batch, ssh) it came through. */
    record Actor(String name, String channel) {}

    private final Database db;
    /** Who runs the current operation, and through which channel: asked at every write (issue 15). */
    private final Supplier<Actor> actor;

    Audit(Database db, Supplier<Actor> actor) {
        this.db = db;
        this.actor = actor;
    }

    /**
     * The one way an audit entry is written: in the caller's transaction, naming the current actor and channel,
     * chained to the entry before it ({@link AuditChain}). Every audited change goes through here.
     */
    void record(Connection c, String action, String subject, String oldValue, String newValue) throws SQLException {
        db.wrote();
        Actor a = actor.get();
        // milliseconds: what the chain's hash covers, whatever precision the database keeps
        OffsetDateTime at = OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        AuditChain.append(c, at, a.name(), a.channel(), action, subject, oldValue, newValue);
    }

    /** An entry with no change of the store's own beside it (a plan loaded), in a transaction of its own. */
    void record(String action, String subject, String oldValue, String newValue) throws StoreException {
        db.write(c -> {
            record(c, action, subject, oldValue, newValue);
            return null;
        });
    }

    /** Who runs the current operation: the name kept beside a status, a figure's write or a report sent. */
    String operator() {
        return actor.get().name();
    }

    AuditCheck verify() throws StoreException {
        return db.transaction(AuditChain::verify);
    }

    List<AuditEntry> since(LocalDate since) throws StoreException {
        OffsetDateTime from = since == null ? OffsetDateTime.parse("1970-01-01T00:00Z")
                : since.atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
        return db.transaction(c -> Database.query(c, "SELECT id, at, operator, action, subject, old_value, new_value, channel"
                + " FROM audit_log WHERE at >= ? ORDER BY id", rs -> new AuditEntry(rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)), from));
    }
}
