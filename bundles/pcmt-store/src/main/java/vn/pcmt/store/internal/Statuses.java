package vn.pcmt.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.pcmt.api.ProgressStore.Status;
import vn.pcmt.api.ProgressStore.StatusChange;
import vn.pcmt.api.StoreException;

/** The status of each assignment of a plan and every change of it (V1), each change audited in its transaction. */
final class Statuses {
    private final Database db;
    private final Audit audit;

    Statuses(Database db, Audit audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Sets an assignment's status; returns the one it replaces (not started when it had none). */
    Status update(String plan, String assignment, Status status, String note) throws StoreException {
        return db.write(c -> {
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
            // the current status and its history row take the same values
            for (String sql : List.of("MERGE INTO assignment_status KEY (plan_id, assignment_id) VALUES (?, ?, ?, ?, ?, ?)",
                    "INSERT INTO assignment_status_history (plan_id, assignment_id, status, note, operator, changed_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")) {
                try (PreparedStatement p = c.prepareStatement(sql)) {
                    p.setString(1, plan);
                    p.setString(2, assignment);
                    p.setString(3, status.code());
                    p.setString(4, note);
                    p.setString(5, audit.operator());
                    p.setObject(6, now);
                    p.executeUpdate();
                }
            }
            audit.record(c, "assignment.status", plan + " " + assignment, old.code(), status.code()
                    + (note == null ? "" : " (" + note + ")"));
            return old;
        });
    }

    /** The current status of every assignment of the plan that has one, by assignment. */
    Map<String, StatusChange> of(String plan) throws StoreException {
        return db.transaction(c -> {
            Map<String, StatusChange> out = new LinkedHashMap<>();
            for (StatusChange s : Database.query(c, "SELECT assignment_id, status, note, operator, changed_at"
                    + " FROM assignment_status WHERE plan_id = ?", rs -> change(plan, rs), plan)) {
                out.put(s.assignment(), s);
            }
            return out;
        });
    }

    List<StatusChange> history(String plan, String assignment) throws StoreException {
        return db.transaction(c -> Database.query(c, "SELECT assignment_id, status, note, operator, changed_at"
                + " FROM assignment_status_history WHERE plan_id = ? AND assignment_id = ? ORDER BY id",
                rs -> change(plan, rs), plan, assignment));
    }

    private static StatusChange change(String plan, ResultSet rs) throws SQLException {
        return new StatusChange(plan, rs.getString(1), Status.ofCode(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant());
    }
}
