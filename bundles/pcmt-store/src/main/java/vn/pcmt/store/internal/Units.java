package vn.pcmt.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import vn.pcmt.api.ProgressStore.AdminUnit;
import vn.pcmt.api.StoreException;

/** Administrative units (communes, wards, provinces) with their lineage, and the decisions recognising one drug-free. */
final class Units {
    private final Database db;
    private final Audit audit;

    Units(Database db, Audit audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Adds or replaces the units, and their predecessors, in one transaction audited as one import. */
    void insert(List<AdminUnit> units, String source) throws StoreException {
        db.write(c -> {
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
            audit.record(c, "unit.import", source, null, units.size() + " units");
            return null;
        });
    }

    /** The units of a province, or every unit when {@code province} is null. */
    List<AdminUnit> list(String province) throws StoreException {
        return db.transaction(c -> Database.query(c, "SELECT u.code, u.province, u.name, u.kind, u.effective_from,"
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
    boolean has(String unit) throws StoreException {
        return db.transaction(c -> unitExists(c, unit));
    }

    private static boolean unitExists(Connection c, String unit) throws SQLException {
        return !Database.query(c, "SELECT 1 FROM admin_unit WHERE code = ?", rs -> 1, unit).isEmpty();
    }

    /** The codes of every unit imported: what a figure's unit may be. */
    java.util.Set<String> codes() throws StoreException {
        return new java.util.HashSet<>(db.transaction(c -> Database.query(c, "SELECT code FROM admin_unit",
                rs -> rs.getString(1))));
    }

    void recognize(String unit, LocalDate date, String decision) throws StoreException {
        db.write(c -> {
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
            audit.record(c, "unit.recognize", unit, "not drug-free", "drug-free from " + date + " (" + decision + ")");
            return null;
        });
    }

    void withdraw(String unit, LocalDate date, String decision) throws StoreException {
        db.write(c -> {
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
            audit.record(c, "unit.withdraw", unit, "drug-free", "withdrawn from " + date + " (" + decision + ")");
            return null;
        });
    }

    private static void requireUnit(Connection c, String unit) throws SQLException, StoreException {
        if (!unitExists(c, unit)) {
            throw new StoreException(Words.t("unit.unknownImport", unit));
        }
    }

    private static List<Long> recognised(Connection c, String unit, LocalDate date) throws SQLException {
        return Database.query(c, "SELECT id FROM recognition WHERE unit_code = ? AND decided_on <= ?"
                + " AND (withdrawn_on IS NULL OR withdrawn_on > ?)", rs -> rs.getLong(1), unit, date, date);
    }

    /** The province's units recognised drug-free on {@code date}, leaving out those no longer in force then. */
    List<String> drugFree(String province, LocalDate date) throws StoreException {
        return db.transaction(c -> Database.query(c, "SELECT DISTINCT r.unit_code FROM recognition r JOIN admin_unit u"
                + " ON u.code = r.unit_code WHERE u.province = ? AND r.decided_on <= ?"
                + " AND (r.withdrawn_on IS NULL OR r.withdrawn_on > ?)"
                + " AND (u.effective_to IS NULL OR u.effective_to >= ?) ORDER BY r.unit_code", rs -> rs.getString(1),
                province, date, date, date));
    }

    /** How many of the province's units are in force on {@code date}. */
    int count(String province, LocalDate date) throws StoreException {
        return db.transaction(c -> {
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
}
