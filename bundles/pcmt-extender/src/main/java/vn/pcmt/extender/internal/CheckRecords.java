package vn.pcmt.extender.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pcmt.api.PlanPeriod;
import vn.pcmt.api.PlanSummary;

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
 * unreadable record, means "read and check it now".
 */
final class CheckRecords {
    private static final Logger LOG = LoggerFactory.getLogger(CheckRecords.class);
    private final Path dir;
    private final String checker;

    /** {@code dir} null: nothing is remembered (a framework without a persistent data area). */
    CheckRecords(Path dir, Bundle extender) {
        this.dir = dir;
        this.checker = extender.getLastModified() + "/" + extender.getVersion();
    }

    /** The records of this extender bundle, in its data area. */
    static CheckRecords of(BundleContext context) {
        java.io.File dir = context.getDataFile("checked");
        return new CheckRecords(dir == null ? null : dir.toPath(), context.getBundle());
    }

    /** A bundle's content now, as a stamp: take it before reading, and record the reading under it. */
    static String stamp(Bundle b) {
        return b.getLocation() + "|" + b.getLastModified();
    }

    /** A file's size and time now, as a stamp; "-" when it does not exist. */
    static String stamp(Path f) {
        try {
            return Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
            return "-";
        }
    }

    /** A plan file's stamp: its own and that of its source text {@code text} (a name beside it; null: none). */
    static String fileStamp(String planStamp, String text, String textStamp) {
        return planStamp + "|" + (text == null ? "" : text + "=" + textStamp);
    }

    private Path file(Bundle b) {
        return dir.resolve("bundle-" + b.getBundleId() + ".properties");
    }

    private Path file(Path planFile) {
        return dir.resolve("file-" + Integer.toHexString(planFile.toString().hashCode()) + ".properties");
    }

    /** The summary of the plan this bundle held when it last passed the checks, if it has not changed since. */
    Optional<PlanSummary> plan(Bundle b) {
        return find(file(b), "plan", b.getSymbolicName(), p -> stamp(b)).flatMap(p -> summary(p, b.getSymbolicName()));
    }

    /** The summary of the plan in this file when it last passed the checks, if neither it nor its text changed. */
    Optional<PlanSummary> planFile(Path planFile) {
        return find(file(planFile), "plan-file", planFile.toString(), p -> {
            String text = p.getProperty("text");
            return !planFile.toString().equals(p.getProperty("path")) ? null : text == null || text.isEmpty()
                    ? fileStamp(stamp(planFile), null, null)
                    : fileStamp(stamp(planFile), text, stamp(planFile.resolveSibling(text)));
        }).flatMap(p -> summary(p, planFile.toString()));
    }

    /** The code of the area this bundle defined when it was last read, if it has not changed since. */
    Optional<String> area(Bundle b) {
        return find(file(b), "area", b.getSymbolicName(), p -> stamp(b)).map(p -> p.getProperty("code"));
    }

    /** Records that the plan of this bundle, read when it had {@code stamp}, passed the checks. */
    void rememberPlan(Bundle b, String stamp, PlanSummary s) {
        write(file(b), b.getSymbolicName(), stamp, "plan", planProperties(s));
    }

    /**
     * Records that the plan of this file passed the checks; {@code stamp} was taken as it was read ({@link
     * #fileStamp}), {@code text} is the name of its source text, or null.
     */
    void rememberPlanFile(Path planFile, String stamp, String text, PlanSummary s) {
        Properties p = planProperties(s);
        p.setProperty("path", planFile.toString());
        p.setProperty("text", text == null ? "" : text);
        write(file(planFile), planFile.getFileName().toString(), stamp, "plan-file", p);
    }

    void rememberArea(Bundle b, String stamp, String code) {
        Properties p = new Properties();
        p.setProperty("code", code);
        write(file(b), b.getSymbolicName(), stamp, "area", p);
    }

    /** Drops the record of a bundle (it turned out unreadable): it is read and checked at the next start. */
    void forget(Bundle b) {
        delete(file(b));
    }

    /** Drops the record of a plan file. */
    void forget(Path planFile) {
        delete(file(planFile));
    }

    /**
     * The record of this kind, if its stamp is {@code current} (given the record: null for "not this one") and it
     * was written by this extender.
     */
    private Optional<Properties> find(Path record, String kind, String what, Function<Properties, String> current) {
        if (dir == null) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(record, StandardCharsets.UTF_8)) {
            p.load(r);
            String now = kind.equals(p.getProperty("kind")) ? current.apply(p) : null;
            return now != null && (now + "|" + checker).equals(p.getProperty("stamp")) ? Optional.of(p)
                    : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty(); // the usual case for something new
        } catch (IOException | RuntimeException e) {
            LOG.debug("Checking {} again: its record {} is unreadable ({})", what, record, e.toString());
            return Optional.empty();
        }
    }

    private static Optional<PlanSummary> summary(Properties p, String what) {
        try {
            String locality = p.getProperty("locality");
            return Optional.of(new PlanSummary(p.getProperty("id"), p.getProperty("title"), p.getProperty("issuer"),
                    locality == null || locality.isEmpty() ? null : locality,
                    new PlanPeriod(integer(p, "from"), integer(p, "to")), integer(p, "sections"),
                    integer(p, "targets"), integer(p, "assignments"), integer(p, "warnings"),
                    Boolean.parseBoolean(p.getProperty("draft"))));
        } catch (RuntimeException e) {
            LOG.debug("Checking {} again: its record is incomplete ({})", what, e.toString());
            return Optional.empty();
        }
    }

    private static Properties planProperties(PlanSummary s) {
        Properties p = new Properties();
        p.setProperty("id", s.id());
        p.setProperty("title", s.title());
        p.setProperty("issuer", s.issuer());
        p.setProperty("locality", s.locality() == null ? "" : s.locality());
        p.setProperty("from", Integer.toString(s.period().from()));
        p.setProperty("to", Integer.toString(s.period().to()));
        p.setProperty("sections", Integer.toString(s.sections()));
        p.setProperty("targets", Integer.toString(s.targets()));
        p.setProperty("assignments", Integer.toString(s.assignments()));
        p.setProperty("warnings", Integer.toString(s.warnings()));
        p.setProperty("draft", Boolean.toString(s.draft()));
        return p;
    }

    private static int integer(Properties p, String key) {
        return Integer.parseInt(p.getProperty(key));
    }

    /** Written whole or not at all, stamped with the content's stamp and this extender's. */
    private void write(Path record, String what, String stamp, String kind, Properties p) {
        if (dir == null) {
            return;
        }
        p.setProperty("stamp", stamp + "|" + checker);
        p.setProperty("kind", kind);
        try {
            StateFile.store(record, p, what + ": passed the " + kind + " checks");
        } catch (IOException e) {
            // only a start-up saving: it is read and checked again next time
            LOG.warn("Cannot record that {} passed its checks in {}: {}", what, dir, e.getMessage());
        }
    }

    private void delete(Path record) {
        if (dir != null) {
            try {
                Files.deleteIfExists(record);
            } catch (IOException e) {
                LOG.warn("Cannot delete the record {}: {}", record, e.getMessage());
            }
        }
    }
}
