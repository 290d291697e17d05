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
 * The plan and area bundles that passed reading and checking, each with what registering it needs (a plan's
 * summary, an area's code): one small file per bundle in the extender's data area, inside the framework cache, so
 * {@code --clean} and a rebuild forget them too. A bundle found here is registered from that record and read only
 * when first needed ({@link LoadedPlan}, {@link AreaExtender}); this keeps a one-command start from reading and
 * checking 370 KB of plans and the area catalogues when it uses none of them.
 *
 * <p>A record counts only for the same bundle content checked by the same extender: its stamp is the bundle's
 * location and last-modified time (an install or update changes it) and this extender's own (an update may check
 * differently). Anything else, or an unreadable record, means "read and check it now".
 */
final class CheckedBundles {
    private static final Logger LOG = LoggerFactory.getLogger(CheckedBundles.class);
    private final Path dir;
    private final String checker;

    /** {@code dir} null: nothing is remembered (a framework without a persistent data area). */
    CheckedBundles(Path dir, Bundle extender) {
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

    /** The summary of the plan this bundle held when it last passed the checks, if it has not changed since. */
    Optional<PlanSummary> plan(Bundle b) {
        Optional<Properties> found = lookup(b, "plan");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Properties p = found.get();
        try {
            String locality = p.getProperty("locality");
            return Optional.of(new PlanSummary(p.getProperty("id"), p.getProperty("title"), p.getProperty("issuer"),
                    locality == null || locality.isEmpty() ? null : locality,
                    new PlanPeriod(integer(p, "from"), integer(p, "to")), integer(p, "sections"),
                    integer(p, "targets"), integer(p, "assignments"), integer(p, "warnings")));
        } catch (RuntimeException e) {
            LOG.debug("Checking {} again: its record {} is incomplete ({})", b.getSymbolicName(), file(b), e.toString());
            return Optional.empty();
        }
    }

    /** Records that the plan of this bundle, read when it had {@code stamp}, passed the checks. */
    void rememberPlan(Bundle b, String stamp, PlanSummary s) {
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
        remember(b, stamp, "plan", p);
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
        if (dir == null) {
            return;
        }
        p.setProperty("stamp", stamp);
        p.setProperty("kind", kind);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "bundle-" + b.getBundleId(), ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, b.getSymbolicName() + ": passed the " + kind + " checks");
            }
            Files.move(tmp, file(b), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // only a start-up saving: the bundle is read and checked again next time
            LOG.warn("Cannot record that bundle {} passed its checks in {}: {}", b.getSymbolicName(), dir,
                    e.getMessage());
        }
    }
}
