package vn.pcmt.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.pcmt.api.ProgressStore;
import vn.pcmt.api.StoreException;

/**
 * The store's SQL on a {@link DataSource}: one connection and one transaction per operation, the audit entry
 * written in the same transaction as the change it records.
 */
final class Database implements ProgressStore {
    private final DataSource ds;
    private final String operator;

    Database(DataSource ds, String operator) throws StoreException {
        this.ds = ds;
        this.operator = operator;
        try (Connection c = ds.getConnection()) {
            Migrations.apply(c);
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot open or migrate the database: " + e.getMessage(), e);
        }
    }

    /** A unit of work in one transaction. */
    interface Work<T> {
        T run(Connection c) throws SQLException, StoreException;
    }

    <T> T transaction(Work<T> work) throws StoreException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                T t = work.run(c);
                c.commit();
                return t;
            } catch (SQLException | StoreException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
    }

    void audit(Connection c, String action, String subject, String oldValue, String newValue) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO audit_log (at, operator, action, subject, old_value,"
                + " new_value) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setObject(1, OffsetDateTime.now());
            p.setString(2, operator);
            p.setString(3, action);
            p.setString(4, subject);
            p.setString(5, oldValue);
            p.setString(6, newValue);
            p.executeUpdate();
        }
    }

    @Override
    public String operator() {
        return operator;
    }

    @Override
    public Status updateStatus(String plan, String assignment, Status status, String note) throws StoreException {
        return transaction(c -> {
            Status old = Status.NOT_STARTED;
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT status FROM assignment_status WHERE plan_id = ? AND assignment_id = ? FOR UPDATE")) {
                p.setString(1, plan);
                p.setString(2, assignment);
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next()) {
                        old = Status.ofCode(rs.getString(1));
                    }
                }
            }
            OffsetDateTime now = OffsetDateTime.now();
            try (PreparedStatement p = c.prepareStatement("MERGE INTO assignment_status KEY (plan_id, assignment_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                p.setString(1, plan);
                p.setString(2, assignment);
                p.setString(3, status.code());
                p.setString(4, note);
                p.setString(5, operator);
                p.setObject(6, now);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO assignment_status_history (plan_id, assignment_id,"
                    + " status, note, operator, changed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                p.setString(1, plan);
                p.setString(2, assignment);
                p.setString(3, status.code());
                p.setString(4, note);
                p.setString(5, operator);
                p.setObject(6, now);
                p.executeUpdate();
            }
            audit(c, "assignment.status", plan + " " + assignment, old.code(), status.code()
                    + (note == null ? "" : " (" + note + ")"));
            return old;
        });
    }

    @Override
    public Map<String, StatusChange> statuses(String plan) throws StoreException {
        return transaction(c -> {
            Map<String, StatusChange> out = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT assignment_id, status, note, operator, changed_at"
                    + " FROM assignment_status WHERE plan_id = ?")) {
                p.setString(1, plan);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), change(plan, rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<StatusChange> statusHistory(String plan, String assignment) throws StoreException {
        return transaction(c -> {
            List<StatusChange> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT assignment_id, status, note, operator, changed_at"
                    + " FROM assignment_status_history WHERE plan_id = ? AND assignment_id = ? ORDER BY id")) {
                p.setString(1, plan);
                p.setString(2, assignment);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(change(plan, rs));
                    }
                }
            }
            return out;
        });
    }

    private static StatusChange change(String plan, ResultSet rs) throws SQLException {
        return new StatusChange(plan, rs.getString(1), Status.ofCode(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant());
    }

    @Override
    public void audit(String action, String subject, String oldValue, String newValue) throws StoreException {
        transaction(c -> {
            audit(c, action, subject, oldValue, newValue);
            return null;
        });
    }

    @Override
    public List<AuditEntry> audit(LocalDate since) throws StoreException {
        return transaction(c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, at, operator, action, subject, old_value,"
                    + " new_value FROM audit_log WHERE at >= ? ORDER BY id")) {
                p.setObject(1, since == null ? OffsetDateTime.parse("1970-01-01T00:00Z")
                        : since.atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime());
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                    }
                }
            }
            return out;
        });
    }

}
