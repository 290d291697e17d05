package vn.pcmt.store.internal;

import java.util.function.Supplier;
import javax.sql.DataSource;
import vn.pcmt.api.StoreException;

/**
 * The store once its database is open: the connections ({@link Database}) and, on them, the SQL of each concern,
 * every change audited in the transaction that makes it ({@link Audit}). What {@link JdbcStore} delegates to.
 */
final class Store implements AutoCloseable {
    private final Database db;
    private final Audit audit;
    private final Statuses statuses;
    private final Units units;
    private final Figures figures;

    /** A shared file, writes not forced to the disk, every change recorded as {@code operator}'s (the tests). */
    Store(DataSource ds, String operator) throws StoreException {
        this(ds, () -> new Audit.Actor(operator, "local"), true);
    }

    Store(DataSource ds, Supplier<Audit.Actor> actor, boolean shared) throws StoreException {
        this(ds, actor, shared, false);
    }

    /** Opens and migrates the database ({@link Database#Database(DataSource, boolean, boolean)}). */
    Store(DataSource ds, Supplier<Audit.Actor> actor, boolean shared, boolean sync) throws StoreException {
        this.db = new Database(ds, shared, sync);
        this.audit = new Audit(db, actor);
        this.statuses = new Statuses(db, audit);
        this.units = new Units(db, audit);
        this.figures = new Figures(db, audit);
    }

    Database database() {
        return db;
    }

    Audit audit() {
        return audit;
    }

    Statuses statuses() {
        return statuses;
    }

    Units units() {
        return units;
    }

    Figures figures() {
        return figures;
    }

    @Override
    public void close() {
        db.close();
    }
}
