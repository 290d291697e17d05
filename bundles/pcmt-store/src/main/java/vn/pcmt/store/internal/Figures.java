package vn.pcmt.store.internal;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.pcmt.api.ProgressStore.Figure;
import vn.pcmt.api.ProgressStore.Rollup;
import vn.pcmt.api.StoreException;

/**
 * Figures under integer keys (V4), written through {@link FigureWriter}, and what is read from them: a target's
 * history, and the per-period totals (V5's fig_total) that progress and roll-ups read instead of every figure.
 */
final class Figures {
    /** A figure's key: {@code series * 2^40 + period * 2^24 + unit} (V4__integer_figure_keys.sql). */
    static final long SERIES_STEP = 1L << 40;
    static final long PERIOD_STEP = 1L << 24;
    static final long UNIT_MASK = PERIOD_STEP - 1;
    static final long PERIOD_MASK = (SERIES_STEP - 1) & ~UNIT_MASK;

    private final Database db;
    private final Audit audit;

    Figures(Database db, Audit audit) {
        this.db = db;
        this.audit = audit;
    }

    static long key(int series, int period, int unit) {
        return series * SERIES_STEP + period * PERIOD_STEP + unit;
    }

    static int periodOf(long k) {
        return (int) ((k & PERIOD_MASK) / PERIOD_STEP);
    }

    /** Where the checked figures of one write come from: a file read row by row, or one recorded figure. */
    interface Source {
        /**
         * Hands every good figure to {@code sink}; throws, after reading everything, when any was bad, which rolls
         * the whole write back. It may be called again if the transaction is retried.
         */
        void feed(Sink sink) throws SQLException, StoreException;
    }

    /** Takes figures into the open transaction. */
    interface Sink {
        /**
         * Writes {@code f} (when {@code write}; otherwise only checks it), or throws IllegalArgumentException when it
         * repeats a key already given to this write.
         */
        void accept(FigureCheck.Checked f, boolean write) throws SQLException;
    }

    /** Writes one recorded figure, with an audit entry holding the value it replaces. */
    void write(List<FigureCheck.Checked> figures, String importedFrom) throws StoreException {
        write(sink -> {
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
    int write(Source source, String importedFrom) throws StoreException {
        return db.write(c -> {
            try (FigureWriter w = new FigureWriter(audit, c, importedFrom)) {
                source.feed(w);
                w.finish();
                if (importedFrom != null) {
                    audit.record(c, "figure.import", importedFrom, null, w.count + " figures");
                }
                return w.count;
            }
        });
    }

    /** Every value a target has had, current and replaced, oldest write first, with who and when. */
    List<Figure> history(String plan, String target) throws StoreException {
        return db.transaction(c -> {
            List<Integer> ids = Database.query(c, "SELECT id FROM series WHERE plan_id = ? AND target_id = ?",
                    rs -> rs.getInt(1), plan, target);
            if (ids.isEmpty()) {
                return List.of();
            }
            long lo = ids.get(0) * SERIES_STEP;
            long hi = lo + SERIES_STEP - 1;
            return Database.query(c, "SELECT h.k, u.code, h.amount, h.note, b.operator, b.at FROM ("
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
        return db.transaction(c -> Database.query(c, AGGREGATES_SQL, rs -> {
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

    List<Rollup> rollup(String plan, String target, boolean mean) throws StoreException {
        List<String[]> one = new ArrayList<>();
        one.add(new String[] {plan, target});
        return rollup(one, mean);
    }

    List<Rollup> rollup(List<String[]> series, boolean mean) throws StoreException {
        return db.transaction(c -> Database.query(c, rollupSql(series.size()), rs -> {
            double sum = rs.getDouble(2);
            int units = rs.getInt(3);
            return new Rollup(Period.ofNumber(rs.getInt(1)).code(), mean ? sum / units : sum, units);
        }, rollupParams(series)));
    }
}
