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
    /** Who runs the current operation, and through which channel: asked at every write (issue 15). */
    private final java.util.function.Supplier<Actor> actor;

    /** The user recorded for a write, and the channel (local, batch, ssh) it came through. */
    record Actor(String name, String channel) {}
    /** Whether opening is retried: only for a file shared by consoles (AUTO_SERVER), where a refusal is momentary. */
    private final boolean shared;
    /**
     * Held open while the store lives: an embedded database closes with its last connection, and reopening a large
     * file for every operation cost ~0.5 s each (bench/store.sh).
     */
    private volatile Connection anchor;
    /**
     * Connections returned by finished transactions, for the next ones: a new H2 session per operation cost more
     * than the query itself (a national roll-up: 5.1 ms against 1.2 ms for its SQL alone, bench/store.sh).
     */
    private final java.util.concurrent.BlockingDeque<Connection> idle = new java.util.concurrent.LinkedBlockingDeque<>(4);

    Database(DataSource ds, String operator) throws StoreException {
        this(ds, () -> new Actor(operator, "local"), true);
    }

    Database(DataSource ds, java.util.function.Supplier<Actor> actor, boolean shared) throws StoreException {
        this(ds, actor, shared, false);
    }

    /**
     * {@code sync}: after each write's commit, H2's {@code CHECKPOINT SYNC} forces the file to the disk before the
     * write is confirmed (an H2 file database; the URL also sets WRITE_DELAY=0 so the commit itself writes the file).
     */
    Database(DataSource ds, java.util.function.Supplier<Actor> actor, boolean shared, boolean sync)
            throws StoreException {
        this.ds = ds;
        this.actor = actor;
        this.shared = shared;
        this.sync = sync;
        // Two consoles starting at the same moment race to open the file and serve it to the other (AUTO_SERVER);
        // the loser succeeds a moment later. And the console serving it may stop while this one opens it or waits
        // for its migration: the connections break, and opening again takes the file over. So, when the file is
        // shared, opening is retried briefly on those refusals before giving up.
        for (int attempt = 1;; attempt++) {
            try {
                this.anchor = ds.getConnection();
                try (Connection lock = ds.getConnection()) {
                    Migrations.apply(anchor, lock);
                }
                return;
            } catch (SQLException e) {
                if (anchor != null) {
                    closeQuietly(anchor);
                }
                if (!handover(e) || attempt >= OPEN_ATTEMPTS) {
                    throw new StoreException("cannot open or migrate the database: " + e.getMessage(), e);
                }
                pause(attempt);
            } catch (IOException e) {
                throw new StoreException("cannot open or migrate the database: " + e.getMessage(), e);
            }
        }
    }

    private volatile boolean closed;
    /** Whether a write is forced to the disk before it is confirmed (see the constructor). */
    private volatile boolean sync;
    /** Set by {@link #audit(Connection, String, String, String, String)}: the running transaction wrote something. */
    private static final ThreadLocal<Boolean> WROTE = new ThreadLocal<>();

    @Override
    public void close() {
        closed = true;
        for (Connection c; (c = idle.poll()) != null;) {
            closeQuietly(c);
        }
        closeQuietly(anchor);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
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
     * Whether a failure is a shared database being handed over from one console to another (AUTO_SERVER), which
     * passes in a moment: the one reason opening, or a unit of work that was rolled back, is tried again. A wrong URL,
     * folder or password is not.
     */
    private boolean handover(SQLException e) {
        return shared && (lostConnection(e) || busy(e));
    }

    /**
     * A unit of work that changes the database: confirmed (returns) only once it is committed and, for an H2 file,
     * forced to the disk. A commit that fails (a full or read-only disk) rolls everything back and says so.
     */
    <T> T write(Work<T> work) throws StoreException {
        WROTE.set(Boolean.TRUE);
        return transaction(work);
    }

    <T> T transaction(Work<T> work) throws StoreException {
        try {
            return run(work);
        } finally {
            WROTE.remove();
        }
    }

    private <T> T run(Work<T> work) throws StoreException {
        for (int attempt = 1;; attempt++) {
            Connection c = null;
            boolean reusable = false;
            try {
                Connection pooled = idle.poll();
                c = pooled != null ? pooled : ds.getConnection();
                c.setAutoCommit(false);
                try {
                    T t = work.run(c);
                    try {
                        c.commit();
                    } catch (SQLException e) {
                        Faults.rethrowIfDisk(e, Words.t("word.change"));
                        throw e;
                    }
                    reusable = true;
                    if (sync && Boolean.TRUE.equals(WROTE.get())) {
                        forceToDisk(c);
                    }
                    return t;
                } catch (SQLException | StoreException | RuntimeException e) {
                    rollbackQuietly(c);
                    reusable = !(e instanceof SQLException se && lostConnection(se));
                    throw e;
                }
            } catch (SQLException e) {
                if (!(lostConnection(e) || handover(e)) || attempt >= OPEN_ATTEMPTS) {
                    Faults.rethrowIfDisk(e, Words.t("word.change"));
                    throw new StoreException("database error: " + e.getMessage(), e);
                }
                // the console serving the database stopped: the work was rolled back; take over and run it again
                for (Connection old; (old = idle.poll()) != null;) {
                    closeQuietly(old);
                }
                renewAnchor();
                pause(attempt);
            } finally {
                if (c != null && !(reusable && !closed && idle.offerFirst(c))) {
                    closeQuietly(c);
                }
            }
        }
    }

    /**
     * Forces what is committed to the disk (H2: {@code CHECKPOINT SYNC}, the store's commit then fsync). When it
     * fails the write is reported as failed: it was committed, but nothing says it would survive the machine stopping.
     */
    private void forceToDisk(Connection c) throws StoreException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            if (e.getErrorCode() == 90040) {
                // a configured user without admin rights may not CHECKPOINT: the commit itself wrote the file
                // (WRITE_DELAY=0 in the URL), without the fsync
                sync = false;
                org.slf4j.LoggerFactory.getLogger(Database.class).warn("The database user may not run CHECKPOINT SYNC;"
                        + " writes are made durable by WRITE_DELAY=0 alone (no fsync). Use an admin user for the store.");
                return;
            }
            Faults.rethrowIfDisk(e, Words.t("word.change"));
            throw new StoreException("the change could not be forced to the disk, so it is not confirmed: "
                    + Faults.clean(e) + ". Check the disk holding the data folder, then look with the list or"
                    + " history command whether it was kept.", e);
        }
    }

    /** The database file is held or being handed over by another console (AUTO_SERVER), for a moment. */
    static boolean busy(SQLException e) {
        int code = e.getErrorCode();
        return code == 90020 || code == 90135 || code == 90028 || code == 90031;
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
            anchor = ds.getConnection();
            old.close();
        } catch (SQLException e) {
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

    /**
     * The one way an audit entry is written: in the caller's transaction, naming the current actor and channel,
     * chained to the entry before it ({@link AuditChain}). Every audited change goes through here.
     */
    void audit(Connection c, String action, String subject, String oldValue, String newValue) throws SQLException {
        WROTE.set(Boolean.TRUE);
        Actor a = actor.get();
        // milliseconds: what the chain's hash covers, whatever precision the database keeps
        OffsetDateTime at = OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        AuditChain.append(c, at, a.name(), a.channel(), action, subject, oldValue, newValue);
    }

    String operator() {
        return actor.get().name();
    }

    vn.pcmt.api.ProgressStore.AuditCheck verifyAudit() throws StoreException {
        return transaction(AuditChain::verify);
    }

    Status updateStatus(String plan, String assignment, Status status, String note) throws StoreException {
        return write(c -> {
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
                    p.setString(5, operator());
                    p.setObject(6, now);
                    p.executeUpdate();
                }
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
        write(c -> {
            audit(c, action, subject, oldValue, newValue);
            return null;
        });
    }

    List<AuditEntry> audit(LocalDate since) throws StoreException {
        OffsetDateTime from = since == null ? OffsetDateTime.parse("1970-01-01T00:00Z")
                : since.atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
        return transaction(c -> query(c, "SELECT id, at, operator, action, subject, old_value, new_value, channel"
                + " FROM audit_log WHERE at >= ? ORDER BY id", rs -> new AuditEntry(rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)), from));
    }


    // ------------------------------------------------------------------ units and recognitions

    void insertUnits(List<AdminUnit> units, String source) throws StoreException {
        write(c -> {
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

    /** Whether a unit of this code has been imported. */
    boolean hasUnit(String unit) throws StoreException {
        return transaction(c -> unitExists(c, unit));
    }

    private static boolean unitExists(Connection c, String unit) throws SQLException {
        return !query(c, "SELECT 1 FROM admin_unit WHERE code = ?", rs -> 1, unit).isEmpty();
    }

    /** The codes of every unit imported: what a figure's unit may be. */
    java.util.Set<String> unitCodes() throws StoreException {
        return new java.util.HashSet<>(transaction(c -> query(c, "SELECT code FROM admin_unit", rs -> rs.getString(1))));
    }

    void recognize(String unit, LocalDate date, String decision) throws StoreException {
        write(c -> {
            requireUnit(c, unit);
            if (!recognised(c, unit, date).isEmpty()) {
                throw new StoreException(Words.t("unit.alreadyRecognised", unit, date));
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
        write(c -> {
            requireUnit(c, unit);
            List<Long> ids = recognised(c, unit, date);
            if (ids.isEmpty()) {
                throw new StoreException(Words.t("unit.notRecognised", unit, date));
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
        if (!unitExists(c, unit)) {
            throw new StoreException(Words.t("unit.unknownImport", unit));
        }
    }

    private static List<Long> recognised(Connection c, String unit, LocalDate date) throws SQLException {
        return query(c, "SELECT id FROM recognition WHERE unit_code = ? AND decided_on <= ?"
                + " AND (withdrawn_on IS NULL OR withdrawn_on > ?)", rs -> rs.getLong(1), unit, date, date);
    }

    List<String> drugFree(String province, LocalDate date) throws StoreException {
        return transaction(c -> query(c, "SELECT DISTINCT r.unit_code FROM recognition r JOIN admin_unit u"
                + " ON u.code = r.unit_code WHERE u.province = ? AND r.decided_on <= ?"
                + " AND (r.withdrawn_on IS NULL OR r.withdrawn_on > ?)"
                + " AND (u.effective_to IS NULL OR u.effective_to >= ?) ORDER BY r.unit_code", rs -> rs.getString(1),
                province, date, date, date));
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
    /** A figure's key: {@code series * 2^40 + period * 2^24 + unit} (V4__integer_figure_keys.sql). */
    static final long SERIES_STEP = 1L << 40;
    static final long PERIOD_STEP = 1L << 24;
    static final long UNIT_MASK = PERIOD_STEP - 1;
    static final long PERIOD_MASK = (SERIES_STEP - 1) & ~UNIT_MASK;

    static long key(int series, int period, int unit) {
        return series * SERIES_STEP + period * PERIOD_STEP + unit;
    }

    static int periodOf(long k) {
        return (int) ((k & PERIOD_MASK) / PERIOD_STEP);
    }

    /** Where the checked figures of one write come from: a file read row by row, or one recorded figure. */
    interface FigureSource {
        /**
         * Hands every good figure to {@code sink}; throws, after reading everything, when any was bad, which rolls
         * the whole write back. It may be called again if the transaction is retried.
         */
        void feed(FigureSink sink) throws SQLException, StoreException;
    }

    /** Takes figures into the open transaction. */
    interface FigureSink {
        /**
         * Writes {@code f} (when {@code write}; otherwise only checks it), or throws IllegalArgumentException when it
         * repeats a key already given to this write.
         */
        void accept(FigureCheck.Checked f, boolean write) throws SQLException;
    }

    /** Writes one recorded figure, with an audit entry holding the value it replaces. */
    void writeFigures(List<FigureCheck.Checked> figures, String importedFrom) throws StoreException {
        writeFigures(sink -> {
            for (FigureCheck.Checked f : figures) {
                sink.accept(f, true);
            }
        }, importedFrom);
    }

    /**
     * Writes figures in one transaction under one write_batch row (who and when). A series (plan, target) with no
     * figure yet takes plain batched INSERTs, the bulk-import case; in a series that has figures, a replaced value
     * moves to fig_replaced first. An import gets one audit entry; a single record gets one with its old value.
     * Returns the number of figures written.
     */
    int writeFigures(FigureSource source, String importedFrom) throws StoreException {
        return write(c -> {
            try (FigureWriter w = new FigureWriter(this, c, importedFrom)) {
                source.feed(w);
                w.finish();
                if (importedFrom != null) {
                    audit(c, "figure.import", importedFrom, null, w.count + " figures");
                }
                return w.count;
            }
        });
    }

    /** Every value a target has had, current and replaced, oldest write first, with who and when. */
    List<Figure> history(String plan, String target) throws StoreException {
        return transaction(c -> {
            List<Integer> ids = query(c, "SELECT id FROM series WHERE plan_id = ? AND target_id = ?", rs -> rs.getInt(1),
                    plan, target);
            if (ids.isEmpty()) {
                return List.of();
            }
            long lo = ids.get(0) * SERIES_STEP;
            long hi = lo + SERIES_STEP - 1;
            return query(c, "SELECT h.k, u.code, h.amount, h.note, b.operator, b.at FROM ("
                    + " SELECT k, amount, batch, note FROM fig WHERE k BETWEEN ? AND ?"
                    + " UNION ALL SELECT k, amount, batch, note FROM fig_replaced WHERE k BETWEEN ? AND ?) h"
                    + " JOIN write_batch b ON b.id = h.batch JOIN unit_key u ON u.id = BITAND(h.k, " + UNIT_MASK + ")"
                    + " ORDER BY h.batch, h.k",
                    rs -> new Figure(plan, target, Period.ofNumber(periodOf(rs.getLong(1))).code(), rs.getString(2),
                            rs.getDouble(3), rs.getString(4), rs.getString(5),
                            rs.getObject(6, OffsetDateTime.class).toInstant()),
                    lo, hi, lo, hi);
        });
    }

    /** A plan's figures per target and period: the province's own value, and the units' sum, mean and count. */
    record Aggregate(String target, Period at, Double own, double sum, double mean, int units) {
        /** The period's code ("2025-H1"). */
        String period() {
            return at.code();
        }
    }

    /** Read from fig_total: a plan with 60 targets × 12 periods is 720 rows, whatever its number of communes. */
    static final String AGGREGATES_SQL = "SELECT s.target_id, t.period, t.own, t.unit_sum, t.unit_count"
            + " FROM series s JOIN fig_total t ON t.series = s.id WHERE s.plan_id = ?";

    /** The same from every figure, as it would be without fig_total (the benchmark and the tests compare). */
    static final String AGGREGATES_FROM_FIGURES_SQL = "SELECT s.target_id, BITAND(f.k, " + PERIOD_MASK + ") / "
            + PERIOD_STEP + " AS p, MAX(CASE WHEN BITAND(f.k, " + UNIT_MASK + ") = 0 THEN f.amount END),"
            + " COALESCE(SUM(CASE WHEN BITAND(f.k, " + UNIT_MASK + ") <> 0 THEN f.amount END), 0),"
            + " COUNT(CASE WHEN BITAND(f.k, " + UNIT_MASK + ") <> 0 THEN 1 END)"
            + " FROM series s JOIN fig f ON f.k BETWEEN s.id * " + SERIES_STEP + " AND s.id * " + SERIES_STEP + " + "
            + (SERIES_STEP - 1) + " WHERE s.plan_id = ? GROUP BY s.target_id, p";

    List<Aggregate> aggregates(String plan) throws StoreException {
        return transaction(c -> query(c, AGGREGATES_SQL, rs -> {
            int units = rs.getInt(5);
            return new Aggregate(rs.getString(1), Period.ofNumber(rs.getInt(2)),
                    rs.getObject(3) == null ? null : rs.getDouble(3), rs.getDouble(4),
                    units == 0 ? 0 : rs.getDouble(4) / units, units);
        }, plan));
    }

    /**
     * Unit-level figures of one or more series, by period, from fig_total: the sum and count of every unit's figure
     * (a mean is the one divided by the other). Twelve rows per series, whatever the number of communes.
     */
    static String rollupSql(int series) {
        return "SELECT t.period, SUM(t.unit_sum), SUM(t.unit_count) FROM series s JOIN fig_total t ON t.series = s.id"
                + " WHERE (s.plan_id, s.target_id) IN (" + String.join(", ", java.util.Collections.nCopies(series, "(?, ?)"))
                + ") AND t.unit_count > 0 GROUP BY t.period ORDER BY t.period";
    }

    /**
     * The same roll-up computed from every unit's figure, as it would be without fig_total: what the benchmark sets
     * beside it, and what the tests check the totals against.
     */
    static String rollupFromFiguresSql(String aggregate, int series) {
        return "SELECT BITAND(f.k, " + PERIOD_MASK + ") / " + PERIOD_STEP + " AS p, " + aggregate + "(f.amount), COUNT(*)"
                + " FROM series s JOIN fig f ON f.k BETWEEN s.id * " + SERIES_STEP + " AND s.id * " + SERIES_STEP
                + " + " + (SERIES_STEP - 1) + " WHERE (s.plan_id, s.target_id) IN ("
                + String.join(", ", java.util.Collections.nCopies(series, "(?, ?)")) + ")"
                + " AND BITAND(f.k, " + UNIT_MASK + ") <> 0 GROUP BY p ORDER BY p";
    }

    /** The parameters of {@link #rollupSql} for {@code series} given as {plan, target} pairs. */
    static Object[] rollupParams(List<String[]> series) {
        return series.stream().flatMap(java.util.Arrays::stream).toArray();
    }

    List<vn.pcmt.api.ProgressStore.Rollup> rollup(String plan, String target, boolean mean) throws StoreException {
        List<String[]> one = new ArrayList<>();
        one.add(new String[] {plan, target});
        return rollup(one, mean);
    }

    List<vn.pcmt.api.ProgressStore.Rollup> rollup(List<String[]> series, boolean mean) throws StoreException {
        return transaction(c -> query(c, rollupSql(series.size()), rs -> {
            double sum = rs.getDouble(2);
            int units = rs.getInt(3);
            return new vn.pcmt.api.ProgressStore.Rollup(Period.ofNumber(rs.getInt(1)).code(), mean ? sum / units : sum,
                    units);
        }, rollupParams(series)));
    }

}
