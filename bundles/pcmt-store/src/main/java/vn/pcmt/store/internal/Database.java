package vn.pcmt.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.pcmt.api.StoreException;

/**
 * The store's connections on a {@link DataSource}: one connection and one transaction per operation, taken from a
 * small pool, retried while a shared file passes from one console to another, a write confirmed once it is on the
 * disk. The SQL of each concern is in the classes built on it ({@link Store}).
 */
final class Database implements AutoCloseable {
    /** Attempts to open the database, 100 ms apart and growing (about 3 s in all). */
    static final int OPEN_ATTEMPTS = 8;
    private final DataSource ds;
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

    /**
     * {@code sync}: after each write's commit, H2's {@code CHECKPOINT SYNC} forces the file to the disk before the
     * write is confirmed (an H2 file database; the URL also sets WRITE_DELAY=0 so the commit itself writes the file).
     */
    Database(DataSource ds, boolean shared, boolean sync) throws StoreException {
        this.ds = ds;
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
                    throw new StoreException(Words.t("db.cannotOpen", e.getMessage()), e);
                }
                pause(attempt);
            } catch (IOException e) {
                throw new StoreException(Words.t("db.cannotOpen", e.getMessage()), e);
            }
        }
    }

    private volatile boolean closed;
    /** Whether a write is forced to the disk before it is confirmed (see the constructor). */
    private volatile boolean sync;
    /** Set by {@link #write} and {@link #wrote}: the running transaction wrote something. */
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

    /**
     * A unit of work in one transaction: a read, or a change that an audit entry marks as a write ({@link #wrote}),
     * then confirmed as {@link #write} confirms it.
     */
    <T> T transaction(Work<T> work) throws StoreException {
        try {
            return run(work);
        } finally {
            WROTE.remove();
        }
    }

    /** The running transaction wrote something (an audit entry): it is confirmed as {@link #write} confirms. */
    void wrote() {
        WROTE.set(Boolean.TRUE);
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
                        reusable = forceToDisk(c);
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
                    throw new StoreException(Words.t("db.error", e.getMessage()), e);
                }
                // the console serving the database stopped: the work was rolled back; take over and run it again
                takeOver();
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
    private boolean forceToDisk(Connection c) throws StoreException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
            return true;
        } catch (SQLException e) {
            if (lostConnection(e)) {
                syncAfterHandover(e);
                return false; // c went with the console that served it
            }
            if (e.getErrorCode() == 90040) {
                // a configured user without admin rights may not CHECKPOINT: the commit itself wrote the file
                // (WRITE_DELAY=0 in the URL), without the fsync
                sync = false;
                org.slf4j.LoggerFactory.getLogger(Database.class).warn("The database user may not run CHECKPOINT SYNC;"
                        + " writes are made durable by WRITE_DELAY=0 alone (no fsync). Use an admin user for the store.");
                return true;
            }
            throw notForced(e);
        }
    }

    /**
     * The console serving the database (AUTO_SERVER) stopped between this commit and its fsync. The commit is in the
     * file: the server wrote it before answering (WRITE_DELAY=0) and wrote everything out as it closed. So take the
     * database over, as a failed transaction does, and force the file to the disk from here; only when that fails
     * too is the write reported as not confirmed.
     */
    private void syncAfterHandover(SQLException lost) throws StoreException {
        SQLException last = lost;
        for (int attempt = 1; attempt <= OPEN_ATTEMPTS; attempt++) {
            takeOver();
            try (Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
                return;
            } catch (SQLException e) {
                last = e;
                if (!(lostConnection(e) || handover(e))) {
                    break;
                }
            }
            pause(attempt);
        }
        throw notForced(last);
    }

    /** A commit whose fsync failed: a full or read-only disk says so, anything else "not confirmed". */
    private static StoreException notForced(SQLException e) throws StoreException {
        Faults.rethrowIfDisk(e, Words.t("word.change"));
        return new StoreException(Words.t("db.notForced", Faults.clean(e)), e);
    }

    /** The console serving the database went: its connections are dead; the next connection takes the file over. */
    private void takeOver() {
        for (Connection old; (old = idle.poll()) != null;) {
            closeQuietly(old);
        }
        renewAnchor();
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
            throw new StoreException(Words.t("db.interrupted"), ie);
        }
    }
}
