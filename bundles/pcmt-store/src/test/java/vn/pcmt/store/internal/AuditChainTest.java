package vn.pcmt.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pcmt.api.ProgressStore.AuditCheck;
import vn.pcmt.api.ProgressStore.AuditEntry;
import vn.pcmt.api.ProgressStore.Status;

/** The audit's hash chain (V8) on a real H2 file: intact, a field changed, an entry removed, the last one removed. */
class AuditChainTest extends H2FileTest {
    Store db() throws Exception {
        Store db = new Store(ds(), () -> new Audit.Actor("hy-op", "ssh"), true);
        db.statuses().update("hung-yen", "III.1#1", Status.IN_PROGRESS, null);
        db.audit().record("plan.load", "x", null, "x.plan.json");
        db.statuses().update("hung-yen", "III.1#1", Status.DONE, "xong");
        return db;
    }

    void sql(String update) throws Exception {
        try (Connection c = ds().getConnection(); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate(update), update);
        }
    }

    @Test
    void anIntactChainNamesWhoAndWhichChannel() throws Exception {
        Store db = db();
        List<AuditEntry> all = db.audit().since(null);
        assertEquals(3, all.size());
        assertEquals("hy-op", all.get(0).operator());
        assertEquals("ssh", all.get(0).channel());
        AuditCheck c = db.audit().verify();
        assertNull(c.firstBad(), c.problem());
        assertEquals(3, c.intact());
        assertEquals(64, c.headHash().length());
    }

    @Test
    void aChangedFieldIsFoundAtItsEntry() throws Exception {
        Store db = db();
        sql("UPDATE audit_log SET operator = 'someone-else' WHERE id = 2");
        AuditCheck c = db.audit().verify();
        assertEquals(2L, c.firstBad());
        assertEquals(1, c.intact());
        assertTrue(c.problem().contains("entry 2 was changed"), c.problem());
    }

    @Test
    void aRemovedEntryIsFoundAtTheNextOne() throws Exception {
        Store db = db();
        sql("DELETE FROM audit_log WHERE id = 2");
        AuditCheck c = db.audit().verify();
        assertEquals(3L, c.firstBad());
        assertTrue(c.problem().contains("between them was removed"), c.problem());
    }

    @Test
    void theLastEntryRemovedIsFoundByTheHead() throws Exception {
        Store db = db();
        sql("DELETE FROM audit_log WHERE id = 3");
        AuditCheck c = db.audit().verify();
        assertTrue(c.problem().contains("entries at the end were removed"), c.problem());
    }

    @Test
    void entriesWrittenBeforeV8AreChainedByTheMigration() throws Exception {
        try (Connection c = ds().getConnection()) {
            Migrations.apply(c, 5);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO audit_log (at, operator, action, subject) VALUES (CURRENT_TIMESTAMP, 'old', 'a',"
                        + " 's')");
            }
        }
        Store db = new Store(ds(), () -> new Audit.Actor("new", "local"), true);
        db.audit().record("b", "t", null, null);
        AuditCheck c = db.audit().verify();
        assertNull(c.problem(), c.problem());
        assertEquals(2, c.intact());
        assertEquals(List.of("local", "local"), db.audit().since(null).stream().map(AuditEntry::channel).toList());
    }
}
