package vn.pcmt.extender.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanException;
import vn.pcmt.api.Problem;

/**
 * What a plan may weigh, checked before anything is read: a 52.9 MB plan had loaded at 638 MB of memory and slowed
 * every query to 8-15 s, and {@code plan:load /dev/zero} grew to 4.3 GB. The largest plan shipped is 109 KB of JSON
 * with 186 KB of text and some 300 items; the limits leave room for a plan thirty times that size.
 */
final class Limits {
    /** The largest plan JSON read. */
    static final long MAX_PLAN_BYTES = 4L << 20;
    /** The largest document text read. */
    static final long MAX_TEXT_BYTES = 4L << 20;
    /** The most sections, targets, roadmaps, assignments and reporting duties of one plan, together. */
    static final int MAX_ITEMS = 10_000;

    private Limits() {}

    /** The bytes of a plain file of at most {@code max} bytes; a device, pipe or folder is refused unread. */
    static byte[] read(Path file, long max, String what) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (!Files.isRegularFile(file)) {
            throw new PlanCodec.TextRefused("the " + what + " " + file + " is not a plain file (a device, pipe or"
                    + " folder is not read)");
        }
        long size = Files.size(file);
        if (size > max) {
            throw new PlanCodec.TextRefused("the " + what + " " + file + " is " + mb(size) + ", above the limit of "
                    + mb(max) + " for a " + what);
        }
        return Files.readAllBytes(file);
    }

    static void checkItems(Plan p, String where) throws PlanException {
        int items = p.sections().size() + p.targets().size() + p.roadmaps().size() + p.assignments().size()
                + p.reportingDuties().size();
        if (items > MAX_ITEMS) {
            throw new PlanException(new Problem(where, 0, 0, "", "the plan has " + items + " items (sections, targets,"
                    + " roadmaps, assignments, reports), above the limit of " + MAX_ITEMS));
        }
    }

    private static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
