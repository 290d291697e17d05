package vn.pcmt.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pcmt.api.ProgressStore.AuditEntry;
import vn.pcmt.api.ProgressStore.Status;
import vn.pcmt.api.StoreException;

/** The store's SQL against a real H2 file database. */
class DatabaseTest extends H2FileTest {

    @Test
    void migrationsRunOnceAndLeaveAWholeVersion() throws Exception {
        new Store(ds(), "a");
        new Store(ds(), "b"); // reopening applies nothing twice
        try (Connection c = ds().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(version) FROM schema_version")) {
            rs.next();
            assertEquals(Migrations.SCRIPTS.size(), rs.getInt(1));
            assertEquals(Migrations.version(Migrations.SCRIPTS.get(Migrations.SCRIPTS.size() - 1)), rs.getInt(2));
        }
    }

    @Test
    void statusChangesKeepHistoryAndAreAuditedInTheSameTransaction() throws Exception {
        Store db = new Store(ds(), "cong-an-hy");
        assertEquals(Status.NOT_STARTED, db.statuses().update("hung-yen", "III.1.2#2", Status.IN_PROGRESS, "đang soạn"));
        assertEquals(Status.IN_PROGRESS, db.statuses().update("hung-yen", "III.1.2#2", Status.DONE, null));
        assertEquals(Status.DONE, db.statuses().of("hung-yen").get("III.1.2#2").status());
        assertEquals(List.of(Status.IN_PROGRESS, Status.DONE),
                db.statuses().history("hung-yen", "III.1.2#2").stream().map(c -> c.status()).toList());
        List<AuditEntry> audit = db.audit().since(null);
        assertEquals(2, audit.size());
        assertEquals("cong-an-hy", audit.get(0).operator());
        assertEquals("not-started", audit.get(0).oldValue());
        assertTrue(audit.get(0).newValue().startsWith("in-progress (đang soạn)"), "Vietnamese kept: " + audit.get(0));
        assertEquals("in-progress", audit.get(1).oldValue());
    }

    @Test
    void aFailedTransactionWritesNothing() throws Exception {
        Store db = new Store(ds(), "x");
        StoreException e = assertThrows(StoreException.class, () -> db.database().transaction(c -> {
            db.audit().record(c, "test", "s", null, "1");
            throw new StoreException("stop half-way");
        }));
        assertEquals("stop half-way", e.getMessage());
        assertEquals(0, db.audit().since(null).size(), "the audit row of the failed transaction was rolled back");
    }

    @Test
    void stateSurvivesReopening() throws Exception {
        new Store(ds(), "x").statuses().update("p", "a", Status.BLOCKED, "thiếu kinh phí");
        assertEquals(Status.BLOCKED, new Store(ds(), "y").statuses().of("p").get("a").status());
    }

    /** Consoles started together on a new data folder each open the database and find it unmigrated. */
    @Test
    void databasesOpenedAtOnceMigrateOnce() throws Exception {
        int n = 4;
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(n);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            List<java.util.concurrent.Future<Store>> opened = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                opened.add(pool.submit(() -> {
                    together.await();
                    return new Store(ds(), "x");
                }));
            }
            for (java.util.concurrent.Future<Store> f : opened) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS).statuses().of("p"); // throws if opening failed
            }
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = ds().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(version) FROM schema_version")) {
            rs.next();
            assertEquals(Migrations.SCRIPTS.size(), rs.getInt(1), "each migration once");
        }
    }

    @Test
    void aDatabaseThatCannotBeOpenedFailsAtOnceWithItsReason() throws Exception {
        StoreException folder = assertThrows(StoreException.class,
                () -> Opening.createFolder("jdbc:h2:file:/proc/nope/db;AUTO_SERVER=TRUE"));
        assertTrue(folder.getMessage().contains("the folder /proc/nope cannot be created"), folder.getMessage());
        Opening.createFolder("jdbc:h2:tcp://localhost/db"); // a server's folder is not ours to make
        Opening.createFolder("jdbc:h2:file:" + dir.resolve("sub/db")); // ours is
        assertTrue(java.nio.file.Files.isDirectory(dir.resolve("sub")));

        new Store(ds(), "x").close();
        org.h2.jdbcx.JdbcDataSource wrong = ds();
        wrong.setPassword("wrong");
        long start = System.nanoTime();
        StoreException password = assertThrows(StoreException.class, () -> new Database(wrong, true, false));
        assertTrue(password.getMessage().contains("Wrong user name or password"), password.getMessage());
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "not retried like a database being handed over");
    }
}
