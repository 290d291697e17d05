package vn.pcmt.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The writes of one transaction: id caches, the keys written so far, and the batched statements. */
final class FigureWriter implements Figures.Sink, AutoCloseable {
    /** Rows per JDBC batch: large enough to amortise round trips, small enough to bound memory. */
    static final int BATCH = 10_000;
    private final Audit audit;
    private final Connection c;
    private final boolean single;
    private final int batch;
    private final Map<String, Map<String, Integer>> series = new java.util.HashMap<>();
    private final Map<String, Integer> units = new java.util.HashMap<>();
    /** Per series id: true when it had no figure before this write. */
    private final Map<Integer, Boolean> fresh = new java.util.HashMap<>();
    private final LongSet keys = new LongSet();
    /**
     * Changes to fig_total per (series, period), applied when the write ends; keyed by the figure key shifted past
     * its unit bits ({@code k >>> 24}): the key itself has 24 zero low bits, which Long's hash folds into a few
     * buckets (a 2.4 M-value import spent a tenth of its checking time in HashMap's tree bins).
     */
    private final Map<Long, TotalChange> totals = new java.util.HashMap<>();
    private final PreparedStatement insert;
    private final PreparedStatement update;
    private final PreparedStatement replaced;
    private final PreparedStatement old;
    private int pending;
    int count;

    FigureWriter(Audit audit, Connection c, String importedFrom) throws SQLException {
        this.audit = audit;
        this.c = c;
        this.single = importedFrom == null;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO write_batch (operator, at, source) VALUES (?, ?, ?)",
                new String[] {"ID"})) {
            p.setString(1, audit.operator());
            p.setObject(2, OffsetDateTime.now());
            p.setString(3, importedFrom);
            p.executeUpdate();
            try (ResultSet rs = p.getGeneratedKeys()) {
                rs.next();
                batch = rs.getInt(1);
            }
        }
        insert = c.prepareStatement("INSERT INTO fig (k, amount, batch, note) VALUES (?, ?, ?, ?)");
        update = c.prepareStatement("UPDATE fig SET amount = ?, batch = ?, note = ? WHERE k = ?");
        replaced = c.prepareStatement("INSERT INTO fig_replaced (k, amount, batch, note) VALUES (?, ?, ?, ?)");
        old = c.prepareStatement("SELECT amount, batch, note FROM fig WHERE k = ?");
    }

    @Override
    public void accept(FigureCheck.Checked f, boolean write) throws SQLException {
        int s = series(f.plan(), f.target());
        long k = Figures.key(s, f.period().number(), unit(f.unit()));
        if (!keys.add(k)) {
            throw new IllegalArgumentException(Words.t(f.unit().isEmpty() ? "import.twice" : "import.twiceUnit",
                    f.plan(), f.target(), f.period().code(), f.unit()));
        }
        if (!write) {
            return;
        }
        Double oldValue = null;
        PreparedStatement target = insert;
        Boolean isNew = fresh.get(s);
        if (isNew == null) {
            isNew = isFresh(s);
            fresh.put(s, isNew);
        }
        if (!isNew) {
            old.setLong(1, k);
            try (ResultSet rs = old.executeQuery()) {
                if (rs.next()) {
                    oldValue = rs.getDouble(1);
                    replaced.setLong(1, k);
                    replaced.setDouble(2, oldValue);
                    replaced.setInt(3, rs.getInt(2));
                    replaced.setString(4, rs.getString(3));
                    replaced.addBatch();
                    target = update;
                }
            }
        }
        if (target == insert) {
            insert.setLong(1, k);
            insert.setDouble(2, f.value());
            insert.setInt(3, batch);
            insert.setString(4, f.note());
        } else {
            update.setDouble(1, f.value());
            update.setInt(2, batch);
            update.setString(3, f.note());
            update.setLong(4, k);
        }
        target.addBatch();
        TotalChange t = totals.computeIfAbsent(k >>> 24, x -> new TotalChange());
        if ((k & Figures.UNIT_MASK) == 0) {
            t.own = f.value();
        } else {
            t.sum += f.value() - (oldValue == null ? 0 : oldValue);
            t.count += oldValue == null ? 1 : 0;
        }
        if (single) {
            audit.record(c, "figure.record", f.plan() + " " + f.target() + " " + f.period().code()
                    + (f.unit().isEmpty() ? "" : " " + f.unit()),
                    oldValue == null ? null : vn.pcmt.api.text.Numbers.format(oldValue),
                    vn.pcmt.api.text.Numbers.format(f.value()));
        }
        count++;
        if (++pending == BATCH) {
            flush();
        }
    }

    void flush() throws SQLException {
        replaced.executeBatch();
        update.executeBatch();
        insert.executeBatch();
        pending = 0;
    }

    /** Writes what is pending, then the totals: added to the row of each (series, period), or a new row. */
    void finish() throws SQLException {
        flush();
        try (PreparedStatement up = c.prepareStatement("UPDATE fig_total SET own = CASE WHEN ? THEN ? ELSE own END,"
                + " unit_sum = unit_sum + ?, unit_count = unit_count + ? WHERE series = ? AND period = ?");
                PreparedStatement in = c.prepareStatement("INSERT INTO fig_total (series, period, own, unit_sum,"
                        + " unit_count) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<Long, TotalChange> e : totals.entrySet()) {
                long sp = e.getKey() << 24; // back to a key of unit 0
                int series = (int) (sp / Figures.SERIES_STEP);
                int period = Figures.periodOf(sp);
                TotalChange t = e.getValue();
                for (int attempt = 0;; attempt++) {
                    up.setBoolean(1, t.own != null);
                    up.setObject(2, t.own);
                    up.setDouble(3, t.sum);
                    up.setInt(4, t.count);
                    up.setInt(5, series);
                    up.setInt(6, period);
                    if (up.executeUpdate() > 0) {
                        break;
                    }
                    in.setInt(1, series);
                    in.setInt(2, period);
                    in.setObject(3, t.own);
                    in.setDouble(4, t.sum);
                    in.setInt(5, t.count);
                    try {
                        in.executeUpdate();
                        break;
                    } catch (SQLException ex) {
                        // another console added the row meanwhile: add to it instead
                        if (!"23505".equals(ex.getSQLState()) || attempt > 0) {
                            throw ex;
                        }
                    }
                }
            }
        }
    }

    private boolean isFresh(int s) throws SQLException {
        return Database.query(c, "SELECT 1 FROM fig WHERE k BETWEEN ? AND ? LIMIT 1", rs -> 1, s * Figures.SERIES_STEP,
                (s + 1) * Figures.SERIES_STEP - 1).isEmpty();
    }

    private int series(String plan, String target) throws SQLException {
        Map<String, Integer> ofPlan = series.computeIfAbsent(plan, x -> new java.util.HashMap<>());
        Integer id = ofPlan.get(target);
        if (id == null) {
            id = idOf("SELECT id FROM series WHERE plan_id = ? AND target_id = ?",
                    "INSERT INTO series (plan_id, target_id) VALUES (?, ?)", plan, target);
            ofPlan.put(target, id);
        }
        return id;
    }

    private int unit(String code) throws SQLException {
        Integer id = units.get(code);
        if (id == null) {
            id = idOf("SELECT id FROM unit_key WHERE code = ?", "INSERT INTO unit_key (code) VALUES (?)", code);
            units.put(code, id);
        }
        return id;
    }

    /** The id of a row found by {@code select}, inserting it first when it is missing (another console may too). */
    private int idOf(String select, String insertSql, String... params) throws SQLException {
        for (int attempt = 0;; attempt++) {
            List<Integer> found = Database.query(c, select, rs -> rs.getInt(1), (Object[]) params);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            try (PreparedStatement p = c.prepareStatement(insertSql)) {
                for (int i = 0; i < params.length; i++) {
                    p.setString(i + 1, params[i]);
                }
                p.executeUpdate();
            } catch (SQLException e) {
                // a unique key taken meanwhile by another console's write: read its id
                if (!"23505".equals(e.getSQLState()) || attempt > 0) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        update.close();
        replaced.close();
        old.close();
    }

    /** How one write changes a (series, period) total: the own figure if given, the units' sum and count. */
    static final class TotalChange {
        Double own;
        double sum;
        int count;
    }

    /** A set of longs without boxing: the keys one import has written, to find a key given twice (~11 B a key). */
    static final class LongSet {
        private long[] slots = new long[1 << 12];
        private boolean zero;
        private int size;

        /** False when {@code v} was already in the set. */
        boolean add(long v) {
            if (v == 0) {
                boolean added = !zero;
                zero = true;
                return added;
            }
            if (size * 4 >= slots.length * 3) {
                long[] old = slots;
                slots = new long[old.length * 2];
                size = 0;
                for (long o : old) {
                    if (o != 0) {
                        add(o);
                    }
                }
            }
            int mask = slots.length - 1;
            for (int i = (int) (mix(v) & mask);; i = (i + 1) & mask) {
                if (slots[i] == 0) {
                    slots[i] = v;
                    size++;
                    return true;
                }
                if (slots[i] == v) {
                    return false;
                }
            }
        }

        private static long mix(long v) {
            long h = v * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 32);
        }
    }
}
