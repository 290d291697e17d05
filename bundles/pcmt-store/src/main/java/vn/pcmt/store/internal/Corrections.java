package vn.pcmt.store.internal;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import vn.pcmt.api.StoreException;

/**
 * Undoing mistakes without losing what was there: a recognition withdrawn by the decision it undoes, a unit retired
 * from a day (never deleted: figures and recognitions refer to it), a figure removed (its value kept in the history
 * and the audit).
 */
final class Corrections {
    private Corrections() {}

    /** Marks the recognition made by decision {@code recognition} void from the day it was decided. */
    static void withdrawRecognition(Store store, String unit, String recognition, String decision)
            throws StoreException {
        store.database().transaction(c -> {
            List<Object[]> found = Database.query(c, "SELECT id, decided_on, decision FROM recognition WHERE unit_code = ?"
                    + " AND withdrawn_on IS NULL ORDER BY decided_on", rs -> new Object[] {rs.getLong(1),
                        rs.getObject(2, LocalDate.class), rs.getString(3)}, unit);
            if (found.isEmpty()) {
                throw new StoreException(Words.t("unit.nothingToWithdraw", unit));
            }
            String want = vn.pcmt.api.text.Text.fold(recognition);
            List<Object[]> match = found.stream().filter(r -> vn.pcmt.api.text.Text.fold((String) r[2]).equals(want)
                    || vn.pcmt.api.text.Text.fold((String) r[2]).contains(want)).toList();
            if (match.size() != 1) {
                throw new StoreException((match.isEmpty() ? Words.t("unit.noSuchRecognition", unit, recognition)
                        : Words.t("unit.manyRecognitions", recognition, match.size(), unit))
                        + Words.t("unit.inForce", String.join("; ", found.stream()
                                .map(r -> r[2] + " (" + Words.catalogue().fill("{0}", r[1]) + ")").toList())));
            }
            Object[] r = match.get(0);
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE recognition SET withdrawn_on = decided_on, withdrawal = ? WHERE id = ?")) {
                p.setString(1, decision);
                p.setLong(2, (Long) r[0]);
                p.executeUpdate();
            }
            store.audit().record(c, "unit.withdraw", unit, "drug-free from " + r[1] + " (" + r[2] + ")",
                    "recognition void from " + r[1] + " (" + decision + ")");
            return null;
        });
    }

    /** Sets a unit's last day in force. */
    static void retire(Store store, String unit, LocalDate date, String why) throws StoreException {
        store.database().transaction(c -> {
            List<LocalDate[]> u = Database.query(c, "SELECT effective_from, effective_to FROM admin_unit WHERE code = ?",
                    rs -> new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)}, unit);
            if (u.isEmpty()) {
                throw new StoreException(Words.t("unit.unknown", unit));
            }
            if (u.get(0)[0] != null && date.isBefore(u.get(0)[0])) {
                throw new StoreException(Words.t("unit.retireBefore", unit, u.get(0)[0], date));
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE admin_unit SET effective_to = ? WHERE code = ?")) {
                p.setObject(1, date);
                p.setString(2, unit);
                p.executeUpdate();
            }
            store.audit().record(c, "unit.retire", unit, u.get(0)[1] == null ? "in force" : "in force to " + u.get(0)[1],
                    "in force to " + date + (why == null ? "" : " (" + why + ")"));
            return null;
        });
    }

    /** Removes one figure; the value moves to fig_replaced (history) and the totals are adjusted. */
    static double unrecord(Store store, String plan, String target, String periodText, String unit, String note)
            throws StoreException {
        Period period = Period.parse(periodText);
        if (period == null) {
            throw new StoreException(Words.t("figure.badPeriod", periodText));
        }
        return store.database().transaction(c -> {
            List<Integer> series = Database.query(c, "SELECT id FROM series WHERE plan_id = ? AND target_id = ?",
                    rs -> rs.getInt(1), plan, target);
            List<Integer> unitId = Database.query(c, "SELECT id FROM unit_key WHERE code = ?", rs -> rs.getInt(1), unit);
            String what = plan + " " + target + " " + period.code() + (unit.isEmpty() ? "" : " " + unit);
            if (series.isEmpty() || unitId.isEmpty()) {
                throw new StoreException(Words.t("figure.noneRecorded", what, plan, target));
            }
            long k = Figures.key(series.get(0), period.number(), unitId.get(0));
            List<Object[]> old = Database.query(c, "SELECT amount, batch, note FROM fig WHERE k = ?",
                    rs -> new Object[] {rs.getDouble(1), rs.getInt(2), rs.getString(3)}, k);
            if (old.isEmpty()) {
                throw new StoreException(Words.t("figure.noneRecorded", what, plan, target));
            }
            double amount = (Double) old.get(0)[0];
            try (PreparedStatement p = c.prepareStatement("INSERT INTO fig_replaced (k, amount, batch, note) VALUES (?, ?, ?, ?)")) {
                p.setLong(1, k);
                p.setDouble(2, amount);
                p.setInt(3, (Integer) old.get(0)[1]);
                p.setString(4, (String) old.get(0)[2]);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM fig WHERE k = ?")) {
                p.setLong(1, k);
                p.executeUpdate();
            }
            String sql = unit.isEmpty() ? "UPDATE fig_total SET own = NULL WHERE series = ? AND period = ?"
                    : "UPDATE fig_total SET unit_sum = unit_sum - " + amount + ", unit_count = unit_count - 1"
                            + " WHERE series = ? AND period = ?";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setInt(1, series.get(0));
                p.setInt(2, period.number());
                p.executeUpdate();
            }
            store.audit().record(c, "figure.unrecord", what, vn.pcmt.api.text.Numbers.format(amount),
                    "removed" + (note == null ? "" : " (" + note + ")"));
            return amount;
        });
    }
}
