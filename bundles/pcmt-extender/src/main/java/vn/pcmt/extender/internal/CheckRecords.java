package vn.pcmt.extender.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pcmt.api.PlanSummary;
import vn.pcmt.extender.internal.CheckRecord.BundleStamp;
import vn.pcmt.extender.internal.CheckRecord.Checker;
import vn.pcmt.extender.internal.CheckRecord.FileStamp;
import vn.pcmt.extender.internal.CheckRecord.Kind;
import vn.pcmt.extender.internal.CheckRecord.PlanFileStamp;

/**
 * The plan bundles, area bundles and plan files that passed reading and checking, each with what registering it
 * needs (a plan's summary, an area's code): one small file per bundle or plan file in the extender's data area,
 * inside the framework cache, so {@code --clean} and a rebuild forget them too. What is found here is registered
 * from its record and read only when first needed ({@link LoadedPlan}, {@link AreaExtender}); this keeps a
 * one-command start from reading and checking 370 KB of plans and the area catalogues when it uses none of them.
 *
 * <p>A record counts only for the same content checked by the same extender: its stamp is a bundle's location and
 * last-modified time (an install or update changes it), or a plan file's path, size and time and those of its
 * source text, and this extender's own last-modified time (an update may check differently). Anything else, or an
 * unreadable record, means "read and check it now"; so does a record of the earlier form (a properties file, left
 * behind and deleted when the new record is written). Each record is a small JSON object ({@link CheckRecord}):
 * reading one is a file read and a streaming parse, done for every plan and area bundle at every start: ~380 bytes,
 * 30-60 us a record on the project's machine, no slower than the properties form it replaced read in the same run
 * (45-100 us; CheckRecordsTest prints both). Its cost at start-up is Jackson's first use in the framework: a warm
 * {@code plan:list} of feature "all" loads 72 jackson-core classes it did not before, and its peak RSS was 70.6 ->
 * 74.8 MiB (interleaved medians; wall time within the noise).
 */
final class CheckRecords {
    private static final Logger LOG = LoggerFactory.getLogger(CheckRecords.class);
    private final Path dir;
    private final Checker checker;

    /** {@code dir} null: nothing is remembered (a framework without a persistent data area). */
    CheckRecords(Path dir, Checker checker) {
        this.dir = dir;
        this.checker = checker;
    }

    /** The records of this extender bundle, in its data area. */
    static CheckRecords of(BundleContext context) {
        java.io.File dir = context.getDataFile("checked");
        Bundle extender = context.getBundle();
        return new CheckRecords(dir == null ? null : dir.toPath(),
                new Checker(extender.getLastModified(), extender.getVersion().toString()));
    }

    /** A bundle's content now, as a stamp: take it before reading, and record the reading under it. */
    static BundleStamp stamp(Bundle b) {
        return new BundleStamp(b.getLocation(), b.getLastModified());
    }

    /** A plan file's content now: its own stamp and that of its source text {@code text} (null: it names none). */
    static PlanFileStamp stamp(Path planFile, String text) {
        return new PlanFileStamp(FileStamp.of(planFile), text,
                text == null ? null : FileStamp.of(planFile.resolveSibling(text)));
    }

    private Path file(Bundle b) {
        return dir.resolve("bundle-" + b.getBundleId() + ".json");
    }

    private Path file(Path planFile) {
        return dir.resolve("file-" + Integer.toHexString(planFile.toString().hashCode()) + ".json");
    }

    /** The summary of the plan this bundle held when it last passed the checks, if it has not changed since. */
    Optional<PlanSummary> plan(Bundle b) {
        return find(file(b), Kind.PLAN, b.getSymbolicName()).filter(r -> r.content().equals(stamp(b)))
                .map(CheckRecord::plan);
    }

    /** The summary of the plan in this file when it last passed the checks, if neither it nor its text changed. */
    Optional<PlanSummary> planFile(Path planFile) {
        return find(file(planFile), Kind.PLAN_FILE, planFile.toString())
                .filter(r -> planFile.toString().equals(r.path()) && r.content() instanceof PlanFileStamp s
                        && s.equals(stamp(planFile, s.text())))
                .map(CheckRecord::plan);
    }

    /** The code of the area this bundle defined when it was last read, if it has not changed since. */
    Optional<String> area(Bundle b) {
        return find(file(b), Kind.AREA, b.getSymbolicName()).filter(r -> r.content().equals(stamp(b)))
                .map(CheckRecord::code);
    }

    /** Records that the plan of this bundle, read when it had {@code stamp}, passed the checks. */
    void rememberPlan(Bundle b, BundleStamp stamp, PlanSummary s) {
        write(file(b), b.getSymbolicName(), new CheckRecord(Kind.PLAN, stamp, checker, null, s, null));
    }

    /** Records that the plan of this file passed the checks; {@code stamp} was taken as it was read. */
    void rememberPlanFile(Path planFile, PlanFileStamp stamp, PlanSummary s) {
        write(file(planFile), planFile.getFileName().toString(),
                new CheckRecord(Kind.PLAN_FILE, stamp, checker, planFile.toString(), s, null));
    }

    void rememberArea(Bundle b, BundleStamp stamp, String code) {
        write(file(b), b.getSymbolicName(), new CheckRecord(Kind.AREA, stamp, checker, null, null, code));
    }

    /** Drops the record of a bundle (it turned out unreadable): it is read and checked at the next start. */
    void forget(Bundle b) {
        delete(file(b));
    }

    /** Drops the record of a plan file. */
    void forget(Path planFile) {
        delete(file(planFile));
    }

    /** The record of this kind, if it was written by this extender; whether its content is current is the caller's. */
    private Optional<CheckRecord> find(Path record, Kind kind, String what) {
        if (dir == null) {
            return Optional.empty();
        }
        try {
            CheckRecord r = CheckRecord.read(Files.readAllBytes(record));
            return r.kind() == kind && r.checker().equals(checker) ? Optional.of(r) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty(); // the usual case for something new
        } catch (IOException | RuntimeException e) {
            LOG.debug("Checking {} again: its record {} is unreadable ({})", what, record, e.toString());
            return Optional.empty();
        }
    }

    /** Written whole or not at all. */
    private void write(Path record, String what, CheckRecord r) {
        if (dir == null) {
            return;
        }
        try {
            StateFile.write(record, r.toJson(what));
            deleteOldForm(record);
        } catch (IOException e) {
            // only a start-up saving: it is read and checked again next time
            LOG.warn("Cannot record that {} passed its checks in {}: {}", what, dir, e.getMessage());
        }
    }

    private void delete(Path record) {
        if (dir != null) {
            try {
                Files.deleteIfExists(record);
                deleteOldForm(record);
            } catch (IOException e) {
                LOG.warn("Cannot delete the record {}: {}", record, e.getMessage());
            }
        }
    }

    /** The record of an earlier extender under the same name, kept as properties: never read, so not kept. */
    private static void deleteOldForm(Path record) throws IOException {
        String name = record.getFileName().toString();
        Files.deleteIfExists(record.resolveSibling(name.substring(0, name.length() - ".json".length())
                + ".properties"));
    }
}
