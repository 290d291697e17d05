package vn.pcmt.store.internal;

import java.sql.SQLException;
import vn.pcmt.api.StoreException;

/**
 * Failures of the disk under the database, said plainly: what failed, that nothing was half-written (the transaction
 * was rolled back), and what to do. H2 reports them as an MVStoreException deep in a chain of causes.
 */
final class Faults {
    private Faults() {}

    /** Throws a StoreException saying so when {@code e} comes from a full or read-only disk; returns otherwise. */
    static void rethrowIfDisk(Throwable e, String what) throws StoreException {
        String kind = diskKind(e);
        if (kind != null) {
            throw new StoreException(what + " was NOT written: the disk holding the database is " + kind
                    + ". Nothing was half-written (the whole change was rolled back). Free space on that disk (or make it"
                    + " writable), restart pcmt, and do it again.", e);
        }
    }

    /** "full" or "read-only" when a cause of {@code e} says so, else null. */
    static String diskKind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left on device") || m.contains("Disk quota exceeded")) {
                return "full";
            }
            if (m.contains("Read-only file system")) {
                return "read-only";
            }
        }
        return null;
    }

    /** H2's message without its "[code-build]" tail. */
    static String clean(SQLException e) {
        return String.valueOf(e.getMessage()).replaceAll("\\s*\\[\\d+-\\d+]", "");
    }
}
