package vn.pcmt.extender.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.osgi.framework.Bundle;
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

    /** The stamp of the bundle's content now: take it before reading, and record the reading under it. */
    String stamp(Bundle b) {
        return b.getLocation() + "|" + b.getLastModified() + "|" + checker;
    }

    private Path file(Bundle b) {
        return dir.resolve("bundle-" + b.getBundleId() + ".properties");
    }

    private Path file(Path planFile) {
        return dir.resolve("file-" + Integer.toHexString(planFile.toString().hashCode()) + ".properties");
    }

    /** A file's size and time as a stamp, "-" when it does not exist (now). */
    static String stamp(Path f) {
        try {
            return Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
            return "-";
        }
    }

    /** The stamp of a plan file now, with its source text {@code text} (a name beside it; null: none). */
    String stamp(Path planFile, String text) {
        return stamp(planFile) + "|" + (text == null ? "" : text + "=" + stamp(planFile.resolveSibling(text)));
    }

    /** The summary of the plan in this file when it last passed the checks, if neither it nor its text changed. */
    Optional<PlanSummary> planFile(Path planFile) {
        if (dir == null) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file(planFile), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // none (the usual case for a new file), or unreadable: read it now
        }
        String text = p.getProperty("text");
        if (!planFile.toString().equals(p.getProperty("path")) || !"plan-file".equals(p.getProperty("kind"))
                || !(stamp(planFile, text == null || text.isEmpty() ? null : text) + "|" + checker)
                        .equals(p.getProperty("stamp"))) {
            return Optional.empty();
        }
        return summary(p, planFile.toString());
    }

    /**
     * Records that the plan of this file passed the checks; {@code stamp} was taken as it was read ({@link
     * #stamp(Path, String)}), {@code text} is the name of its source text, or null.
     */
    void rememberPlanFile(Path planFile, String stamp, String text, PlanSummary s) {
        Properties p = planProperties(s);
        p.setProperty("path", planFile.toString());
        p.setProperty("text", text == null ? "" : text);
        write(file(planFile), planFile.getFileName().toString(), stamp + "|" + checker, "plan-file", p);
    }

    /** The summary of the plan this bundle held when it last passed the checks, if it has not changed since. */
    Optional<PlanSummary> plan(Bundle b) {
        Optional<Properties> found = lookup(b, "plan");
        return found.isEmpty() ? Optional.empty() : summary(found.get(), b.getSymbolicName());
    }

    private Optional<PlanSummary> summary(Properties p, String what) {
        try {
            String locality = p.getProperty("locality");
            return Optional.of(new PlanSummary(p.getProperty("id"), p.getProperty("title"), p.getProperty("issuer"),
                    locality == null || locality.isEmpty() ? null : locality,
                    new PlanPeriod(integer(p, "from"), integer(p, "to")), integer(p, "sections"),
                    integer(p, "targets"), integer(p, "assignments"), integer(p, "warnings")));
        } catch (RuntimeException e) {
            LOG.debug("Checking {} again: its record is incomplete ({})", what, e.toString());
            return Optional.empty();
        }
    }

    /** Records that the plan of this bundle, read when it had {@code stamp}, passed the checks. */
    void rememberPlan(Bundle b, String stamp, PlanSummary s) {
        remember(b, stamp, "plan", planProperties(s));
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
        return p;
    }

    /** Drops the record of a bundle (it turned out unreadable): it is read and checked at the next start. */
    void forget(Bundle b) {
        delete(file(b));
    }

    /** Drops the record of a plan file. */
    void forget(Path planFile) {
        delete(file(planFile));
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

    /** The code of the area this bundle defined when it was last read, if it has not changed since. */
    Optional<String> area(Bundle b) {
        return lookup(b, "area").map(p -> p.getProperty("code"));
    }

    void rememberArea(Bundle b, String stamp, String code) {
        Properties p = new Properties();
        p.setProperty("code", code);
        remember(b, stamp, "area", p);
    }

    private Optional<Properties> lookup(Bundle b, String kind) {
        if (dir == null) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file(b), StandardCharsets.UTF_8)) {
            p.load(r);
            if (!stamp(b).equals(p.getProperty("stamp")) || !kind.equals(p.getProperty("kind"))) {
                return Optional.empty();
            }
            return Optional.of(p);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Checking {} again: its record {} is unreadable ({})", b.getSymbolicName(), file(b), e.toString());
            return Optional.empty();
        }
    }

    private static int integer(Properties p, String key) {
        return Integer.parseInt(p.getProperty(key));
    }

    /** Written whole or not at all. */
    private void remember(Bundle b, String stamp, String kind, Properties p) {
        write(file(b), b.getSymbolicName(), stamp, kind, p);
    }

    private void write(Path record, String what, String stamp, String kind, Properties p) {
        if (dir == null) {
            return;
        }
        p.setProperty("stamp", stamp);
        p.setProperty("kind", kind);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "record", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, what + ": passed the " + kind + " checks");
            }
            Files.move(tmp, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // only a start-up saving: it is read and checked again next time
            LOG.warn("Cannot record that {} passed its checks in {}: {}", what, dir, e.getMessage());
        }
    }
}
