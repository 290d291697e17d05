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
import vn.pcmt.api.ProgressStore.AdminUnit;
import vn.pcmt.api.ProgressStore.AuditEntry;
import vn.pcmt.api.ProgressStore.Figure;
import vn.pcmt.api.ProgressStore.Status;
import vn.pcmt.api.ProgressStore.StatusChange;
import vn.pcmt.api.StoreException;

/**
 * The store's SQL on a {@link DataSource} (JdbcStore adds what needs the plans): one connection and one transaction per operation, the audit entry
 * written in the same transaction as the change it records.
 */
final class Database implements AutoCloseable {
    /** Attempts to open the database, 100 ms apart and growing (about 3 s in all). */
    static final int OPEN_ATTEMPTS = 8;
    private final DataSource ds;
    private final String operator;
    /**
     * Held open while the store lives: an embedded database closes with its last connection, and reopening a large
     * file for every operation cost ~0.5 s each (bench/store.sh).
     */
    private volatile Connection anchor;

    Database(DataSource ds, String operator) throws StoreException {
        this.ds = ds;
        this.operator = operator;
        // Two consoles starting at the same moment race to open the file and serve it to the other (AUTO_SERVER);
        // the loser succeeds a moment later, so retry briefly before giving up.
        try {
            this.anchor = connect();
            Migrations.apply(anchor);
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot open or migrate the database: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            anchor.close();
        } catch (SQLException e) {
            // closing: nothing left to do
        }
    }

    /** Maps the current row of a result. */
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Runs a query with positional parameters (null allowed) and maps every row. */
    static <T> List<T> query(Connection c, String sql, RowMapper<T> row, Object... params) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        }
    }

    /** A unit of work in one transaction. */
    interface Work<T> {
        T run(Connection c) throws SQLException, StoreException;
    }

    /**
     * A connection, retried briefly: when one console stops, the database it served is taken over by another
     * (AUTO_SERVER), and for a moment it cannot be opened. Nothing has been done yet when this fails, so a retry
     * is safe.
     */
    private Connection connect() throws SQLException, StoreException {
        for (int attempt = 1;; attempt++) {
            try {
                return ds.getConnection();
            } catch (SQLException e) {
                if (attempt >= OPEN_ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    <T> T transaction(Work<T> work) throws StoreException {
        for (int attempt = 1;; attempt++) {
            try (Connection c = connect()) {
                c.setAutoCommit(false);
                try {
                    T t = work.run(c);
                    c.commit();
                    return t;
                } catch (SQLException | StoreException | RuntimeException e) {
                    rollbackQuietly(c);
                    throw e;
                }
            } catch (SQLException e) {
                if (!lostConnection(e) || attempt >= OPEN_ATTEMPTS) {
                    throw new StoreException("database error: " + e.getMessage(), e);
                }
                // the console serving the database stopped: the work was rolled back; take over and run it again
                renewAnchor();
                pause(attempt);
            }
        }
    }

    /** The connection or the database under it went away (another console stopping), not the work itself. */
    static boolean lostConnection(SQLException e) {
        int code = e.getErrorCode();
        return code == 90121 || code == 90067 || code == 90098 || code == 8000
                || (e.getSQLState() != null && e.getSQLState().startsWith("08"))
                // the database rolled the transaction back itself while passing from one console to the other
                || String.valueOf(e.getMessage()).contains("has status ROLLED_BACK");
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException gone) {
            // the connection is lost: the database rolls the transaction back itself
        }
    }

    private void renewAnchor() {
        try {
            Connection old = anchor;
            anchor = connect();
            old.close();
        } catch (SQLException | StoreException e) {
            // the next attempt tries again
        }
    }

    private static void pause(int attempt) throws StoreException {
        try {
            Thread.sleep(100L * attempt);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the database", ie);
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

    String operator() {
        return operator;
    }

    Status updateStatus(String plan, String assignment, Status status, String note) throws StoreException {
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

    Map<String, StatusChange> statuses(String plan) throws StoreException {
        return transaction(c -> {
            Map<String, StatusChange> out = new LinkedHashMap<>();
            for (StatusChange s : query(c, "SELECT assignment_id, status, note, operator, changed_at"
                    + " FROM assignment_status WHERE plan_id = ?", rs -> change(plan, rs), plan)) {
                out.put(s.assignment(), s);
            }
            return out;
        });
    }

    List<StatusChange> statusHistory(String plan, String assignment) throws StoreException {
        return transaction(c -> query(c, "SELECT assignment_id, status, note, operator, changed_at"
                + " FROM assignment_status_history WHERE plan_id = ? AND assignment_id = ? ORDER BY id",
                rs -> change(plan, rs), plan, assignment));
    }

    private static StatusChange change(String plan, ResultSet rs) throws SQLException {
        return new StatusChange(plan, rs.getString(1), Status.ofCode(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant());
    }

    void audit(String action, String subject, String oldValue, String newValue) throws StoreException {
        transaction(c -> {
            audit(c, action, subject, oldValue, newValue);
            return null;
        });
    }

    List<AuditEntry> audit(LocalDate since) throws StoreException {
        OffsetDateTime from = since == null ? OffsetDateTime.parse("1970-01-01T00:00Z")
                : since.atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
        return transaction(c -> query(c, "SELECT id, at, operator, action, subject, old_value, new_value FROM audit_log"
                + " WHERE at >= ? ORDER BY id", rs -> new AuditEntry(rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)), from));
    }


    // ------------------------------------------------------------------ units and recognitions

    void insertUnits(List<AdminUnit> units, String source) throws StoreException {
        transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("MERGE INTO admin_unit KEY (code) VALUES (?, ?, ?, ?, ?, ?)");
                    PreparedStatement l = c.prepareStatement("MERGE INTO unit_lineage KEY (code, predecessor) VALUES (?, ?)")) {
                for (AdminUnit u : units) {
                    p.setString(1, u.code());
                    p.setString(2, u.province());
                    p.setString(3, u.name());
                    p.setString(4, u.kind());
                    p.setObject(5, u.effectiveFrom());
                    p.setObject(6, u.effectiveTo());
                    p.addBatch();
                    for (String pred : u.predecessors()) {
                        l.setString(1, u.code());
                        l.setString(2, pred);
                        l.addBatch();
                    }
                }
                p.executeBatch();
                l.executeBatch();
            }
            audit(c, "unit.import", source, null, units.size() + " units");
            return null;
        });
    }

    List<AdminUnit> units(String province) throws StoreException {
        return transaction(c -> query(c, "SELECT u.code, u.province, u.name, u.kind, u.effective_from,"
                + " u.effective_to, (SELECT LISTAGG(predecessor, ',') WITHIN GROUP (ORDER BY predecessor)"
                + " FROM unit_lineage l WHERE l.code = u.code) FROM admin_unit u"
                + " WHERE CAST(? AS VARCHAR) IS NULL OR u.province = ? ORDER BY u.province, u.code", rs -> {
                    String preds = rs.getString(7);
                    return new AdminUnit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                            preds == null ? List.of() : List.of(preds.split(",")));
                }, province, province));
    }

    void recognize(String unit, LocalDate date, String decision) throws StoreException {
        transaction(c -> {
            requireUnit(c, unit);
            if (!recognised(c, unit, date).isEmpty()) {
                throw new StoreException("unit " + unit + " is already recognised drug-free on " + date);
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO recognition (unit_code, decided_on, decision) VALUES (?, ?, ?)")) {
                p.setString(1, unit);
                p.setObject(2, date);
                p.setString(3, decision);
                p.executeUpdate();
            }
            audit(c, "unit.recognize", unit, "not drug-free", "drug-free from " + date + " (" + decision + ")");
            return null;
        });
    }

    void withdraw(String unit, LocalDate date, String decision) throws StoreException {
        transaction(c -> {
            requireUnit(c, unit);
            List<Long> ids = recognised(c, unit, date);
            if (ids.isEmpty()) {
                throw new StoreException("unit " + unit + " is not recognised drug-free on " + date + "; nothing to withdraw");
            }
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE recognition SET withdrawn_on = ?, withdrawal = ? WHERE id = ?")) {
                p.setObject(1, date);
                p.setString(2, decision);
                p.setLong(3, ids.get(0));
                p.executeUpdate();
            }
            audit(c, "unit.withdraw", unit, "drug-free", "withdrawn from " + date + " (" + decision + ")");
            return null;
        });
    }

    private static void requireUnit(Connection c, String unit) throws SQLException, StoreException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM admin_unit WHERE code = ?")) {
            p.setString(1, unit);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("unknown unit \"" + unit + "\" (see unit:list; import units with unit:import)");
                }
            }
        }
    }

    private static List<Long> recognised(Connection c, String unit, LocalDate date) throws SQLException {
        return query(c, "SELECT id FROM recognition WHERE unit_code = ? AND decided_on <= ?"
                + " AND (withdrawn_on IS NULL OR withdrawn_on > ?)", rs -> rs.getLong(1), unit, date, date);
    }

    List<String> drugFree(String province, LocalDate date) throws StoreException {
        return transaction(c -> query(c, "SELECT DISTINCT r.unit_code FROM recognition r JOIN admin_unit u"
                + " ON u.code = r.unit_code WHERE u.province = ? AND r.decided_on <= ?"
                + " AND (r.withdrawn_on IS NULL OR r.withdrawn_on > ?) ORDER BY r.unit_code", rs -> rs.getString(1),
                province, date, date));
    }

    int unitCount(String province, LocalDate date) throws StoreException {
        return transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM admin_unit WHERE province = ?"
                    + " AND (effective_from IS NULL OR effective_from <= ?) AND (effective_to IS NULL OR effective_to >= ?)")) {
                p.setString(1, province);
                p.setObject(2, date);
                p.setObject(3, date);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    // ------------------------------------------------------------------ figures

    /** Rows per JDBC batch: large enough to amortise round trips, small enough to bound memory. */
    static final int BATCH = 10_000;

    /**
     * Writes checked figures in one transaction with their history, and one audit entry per figure or per import.
     * A (plan, target) that has no figure yet takes plain INSERTs (the bulk-import case, several times faster than
     * MERGE); otherwise current values are replaced with MERGE.
     */
    void writeFigures(List<FigureCheck.Checked> figures, String importedFrom) throws StoreException {
        transaction(c -> {
            OffsetDateTime now = OffsetDateTime.now();
            java.util.Set<String> fresh = freshTargets(c, figures);
            try (PreparedStatement old = c.prepareStatement("SELECT amount FROM figure WHERE plan_id = ? AND target_id = ?"
                    + " AND period = ? AND unit_code = ?");
                    PreparedStatement merge = c.prepareStatement("MERGE INTO figure KEY (plan_id, target_id, period,"
                            + " unit_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement insert = c.prepareStatement("INSERT INTO figure VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement hist = c.prepareStatement("INSERT INTO figure_history (plan_id, target_id, period,"
                            + " unit_code, amount, note, operator, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (FigureCheck.Checked f : figures) {
                    if (importedFrom == null) {
                        old.setString(1, f.plan());
                        old.setString(2, f.target());
                        old.setString(3, f.period().code());
                        old.setString(4, f.unit());
                        String before = null;
                        try (ResultSet rs = old.executeQuery()) {
                            if (rs.next()) {
                                before = vn.pcmt.api.Numbers.format(rs.getDouble(1));
                            }
                        }
                        audit(c, "figure.record", f.plan() + " " + f.target() + " " + f.period().code()
                                + (f.unit().isEmpty() ? "" : " " + f.unit()), before, vn.pcmt.api.Numbers.format(f.value()));
                    }
                    PreparedStatement current = fresh.contains(f.plan() + "\u0000" + f.target()) ? insert : merge;
                    for (PreparedStatement p : List.of(current, hist)) {
                        p.setString(1, f.plan());
                        p.setString(2, f.target());
                        p.setString(3, f.period().code());
                        p.setString(4, f.unit());
                        p.setDouble(5, f.value());
                        p.setString(6, f.note());
                        p.setString(7, operator);
                        p.setObject(8, now);
                        p.addBatch();
                    }
                    if (++n % BATCH == 0) {
                        insert.executeBatch();
                        merge.executeBatch();
                        hist.executeBatch();
                    }
                }
                insert.executeBatch();
                merge.executeBatch();
                hist.executeBatch();
            }
            if (importedFrom != null) {
                audit(c, "figure.import", importedFrom, null, figures.size() + " figures");
            }
            return null;
        });
    }

    /** The (plan, target) pairs of {@code figures} with no figure stored yet, keyed "plan\0target". */
    private static java.util.Set<String> freshTargets(Connection c, List<FigureCheck.Checked> figures) throws SQLException {
        java.util.Set<String> pairs = new java.util.HashSet<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        java.util.Set<String> fresh = new java.util.HashSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM figure WHERE plan_id = ? AND target_id = ? LIMIT 1")) {
            for (FigureCheck.Checked f : figures) {
                String pair = f.plan() + "\u0000" + f.target();
                if (pairs.add(pair)) {
                    p.setString(1, f.plan());
                    p.setString(2, f.target());
                    try (ResultSet rs = p.executeQuery()) {
                        if (!rs.next()) {
                            fresh.add(pair);
                        }
                    }
                }
                // a key twice in one import must be merged, not inserted twice
                if (!keys.add(pair + "\u0000" + f.period().code() + "\u0000" + f.unit())) {
                    fresh.remove(pair);
                }
            }
        }
        return fresh;
    }

    List<Figure> history(String plan, String target) throws StoreException {
        return transaction(c -> query(c, "SELECT plan_id, target_id, period, unit_code, amount, note, operator,"
                + " recorded_at FROM figure_history WHERE plan_id = ? AND target_id = ? ORDER BY id",
                rs -> new Figure(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5),
                        rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant()),
                plan, target));
    }

    /** A plan's figures per target and period: the province's own value, and the units' sum, mean and count. */
    record Aggregate(String target, String period, Double own, double sum, double mean, int units) {}

    /** Aggregated in SQL, so a plan with 100 communes × 60 indicators × 12 periods reads ~1,400 rows, not 70,000. */
    List<Aggregate> aggregates(String plan) throws StoreException {
        return transaction(c -> query(c, "SELECT target_id, period,"
                + " MAX(CASE WHEN unit_code = '' THEN amount END),"
                + " SUM(CASE WHEN unit_code <> '' THEN amount END), AVG(CASE WHEN unit_code <> '' THEN amount END),"
                + " COUNT(CASE WHEN unit_code <> '' THEN 1 END)"
                + " FROM figure WHERE plan_id = ? GROUP BY target_id, period",
                rs -> new Aggregate(rs.getString(1), rs.getString(2), rs.getObject(3) == null ? null : rs.getDouble(3),
                        rs.getDouble(4), rs.getDouble(5), rs.getInt(6)), plan));
    }


    /** Unit-level figures of one target, by period: SUM or AVG over units. The query the store benchmark times. */
    static final String ROLLUP_SQL = "SELECT period, %s(amount), COUNT(*) FROM figure WHERE plan_id = ? AND target_id = ?"
            + " AND unit_code <> '' GROUP BY period ORDER BY period";
    /** The same over every plan: a national roll-up of one indicator (index figure_target_period). */
    static final String ROLLUP_ALL_SQL = "SELECT period, %s(amount), COUNT(*) FROM figure WHERE target_id = ?"
            + " AND unit_code <> '' GROUP BY period ORDER BY period";

    List<vn.pcmt.api.ProgressStore.Rollup> rollup(String plan, String target, boolean mean) throws StoreException {
        String sql = String.format(plan == null ? ROLLUP_ALL_SQL : ROLLUP_SQL, mean ? "AVG" : "SUM");
        Object[] params = plan == null ? new Object[] {target} : new Object[] {plan, target};
        return transaction(c -> query(c, sql,
                rs -> new vn.pcmt.api.ProgressStore.Rollup(rs.getString(1), rs.getDouble(2), rs.getInt(3)), params));
    }
}
