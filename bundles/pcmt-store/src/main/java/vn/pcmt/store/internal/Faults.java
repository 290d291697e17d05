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
            throw new StoreException(Words.t("disk.write." + kind, what), e);
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

    /**
     * Why a database in {@code folder} could not be opened, when the disk is the cause: full or read-only by the
     * exception's causes, or (H2 then reports only "Could not save properties …lock.db") less than 1 MiB free.
     */
    static String openFailure(Throwable e, java.nio.file.Path folder) {
        String kind = diskKind(e);
        long free = -1;
        if (folder != null) {
            try {
                free = java.nio.file.Files.getFileStore(folder).getUsableSpace();
            } catch (java.io.IOException | RuntimeException ignored) {
                free = -1;
            }
        }
        if (kind == null && free >= 0 && free < (1 << 20)) {
            kind = "full";
        }
        return kind == null ? null : Words.t("disk.open." + kind, folder, free < 0 ? "?" : free / 1024);
    }

    /** H2's message without its "[code-build]" tail. */
    static String clean(SQLException e) {
        return String.valueOf(e.getMessage()).replaceAll("\\s*\\[\\d+-\\d+]", "");
    }
}
