package vn.pcmt.extender.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanException;
import vn.pcmt.api.PlanSummary;
import vn.pcmt.api.Problem;
import vn.pcmt.api.security.AccessControl;
import vn.pcmt.api.security.UserRole;
import vn.pcmt.extender.internal.CheckRecord.FileStamp;
import vn.pcmt.extender.internal.CheckRecord.PlanFileStamp;
import vn.pcmt.extender.internal.RegisteredPlans.BeforePublish;
import vn.pcmt.extender.internal.RegisteredPlans.Entry;

/**
 * Plan files: {@code plan:load} (remembered across restarts in {@code DATA/state/loaded-plans.txt}) and {@code
 * plan:unload}, and the plan files of the deploy folder ({@link DeployedPlans} hands them over). A file is read,
 * validated and checked before its plan is registered in the {@link RegisteredPlans}; one that passed at an earlier
 * start and has not changed, nor its source text, is registered from its record ({@link CheckRecords}) and read when
 * first used.
 */
final class PlanFiles {
    private static final Logger LOG = LoggerFactory.getLogger(PlanFiles.class);

    private final RegisteredPlans registry;
    private final CheckRecords checked;
    /** The audit of plan-set changes: written before each change, which is not made without it. */
    private final PlanAudit audit;
    /** plan:load and plan:unload are an admin's (issue 15); refused before anything changes. */
    private final AccessControl access;
    private final Path remembered;

    PlanFiles(BundleContext context, RegisteredPlans registry, CheckRecords checked, PlanAudit audit,
            AccessControl access) {
        this.registry = registry;
        this.checked = checked;
        this.audit = audit;
        this.access = access;
        String data = context.getProperty("pcmt.data");
        this.remembered = data != null ? Path.of(data, "state", "loaded-plans.txt")
                : context.getDataFile("loaded-plans.txt").toPath();
    }

    /** Loads again the files loaded with plan:load before pcmt last stopped. */
    void reloadRemembered() {
        for (Path file : rememberedFiles()) {
            try {
                registerFile(file.toAbsolutePath().normalize(), null);
            } catch (PlanException e) {
                LOG.error("Cannot reload plan {} loaded earlier with plan:load:\n{}", file, e.getMessage());
            }
        }
    }

    // ---------------------------------------------------------------- PlanLoader

    Plan read(Path file) throws PlanException {
        return readFile(file).parsed().plan();
    }

    LoadedPlan load(Path file) throws PlanException {
        access.require(UserRole.ADMIN, "plan:load");
        Path abs = file.toAbsolutePath().normalize();
        LoadedPlan p = registerFile(abs, (id, origin) -> audit.write("plan.load", id, null, origin));
        remember(abs, true);
        return p;
    }

    void unload(String planId) throws PlanException {
        access.require(UserRole.ADMIN, "plan:unload");
        Entry e;
        synchronized (registry) {
            e = registry.get(planId);
            if (e == null) {
                throw new PlanException(new Problem(null, 0, 0, "", "no plan \"" + planId + "\" is loaded; loaded: "
                        + String.join(", ", registry.ids())));
            }
            audit.write("plan.unload", planId, e.plan().origin(), null);
            if (e.bundle() == null) {
                registry.remove(planId);
            }
        }
        if (e.bundle() != null) {
            try {
                // a plan bundle's plan goes when the bundle stops; stopping it persistently keeps it gone on restart
                e.bundle().stop();
            } catch (BundleException ex) {
                throw new PlanException(new Problem(null, 0, 0, "", "cannot stop bundle "
                        + e.bundle().getSymbolicName() + ": " + ex.getMessage()));
            }
        } else {
            remember(e.file(), false);
        }
        LOG.info("Plan {} unloaded", planId);
    }

    List<Path> loadedFiles() {
        return registry.files();
    }

    // ---------------------------------------------------------------- the deploy folder's plan files

    /**
     * Loads a file from the deploy folder: like {@link #load(Path)} but not remembered (the folder is), and, like a
     * plan:load file at start-up, registered from its record when it passed the checks before and neither it nor
     * its source text has changed since.
     */
    LoadedPlan deploy(Path file, String stamp) throws PlanException {
        Path abs = file.toAbsolutePath().normalize();
        String key = abs.toString();
        boolean known = audit.audited(key, stamp); // loaded and audited at an earlier start: not a change
        LoadedPlan p = registerFile(abs, known ? null : (id, origin) -> audit.write("plan.deploy", id, null, origin));
        if (!known) {
            audit.remember(key, stamp, p.summary().id());
        }
        return p;
    }

    /**
     * Replaces the plan of a changed deploy file. The new file is read and checked before the old plan is touched,
     * so the old plan stays if the new file is invalid or its id is taken by another plan.
     */
    void redeploy(Path file, String stamp) throws PlanException {
        Path abs = file.toAbsolutePath().normalize();
        FileRead read = readFile(abs);
        LoadedPlan next = LoadedPlan.of(LoadedPlan.Content.check(read.parsed(), abs.toString()), "file:" + abs);
        checked.rememberPlanFile(abs, read.stamp(), next.summary());
        synchronized (registry) {
            String old = registry.idOfFile(abs);
            String id = next.summary().id();
            if (!id.equals(old) && registry.get(id) != null) {
                throw registry.conflict(abs.toString(), id);
            }
            audit.write("plan.deploy", id, old == null ? null : old + " (earlier version)", next.origin());
            if (old != null) {
                registry.remove(old);
            }
            registry.publish(next, null, abs);
        }
        audit.remember(abs.toString(), stamp, next.summary().id());
    }

    /** Removes the plan of a deleted deploy file. */
    void undeploy(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        synchronized (registry) {
            String id = registry.idOfFile(abs);
            if (id != null) {
                try {
                    audit.write("plan.undeploy", id, "file:" + abs, "removed from the deploy folder");
                    audit.remember(abs.toString(), null, null);
                } catch (PlanException e) {
                    // the file is gone: its plan cannot stay; the failure to audit is said loudly
                    LOG.error("Plan {} unloaded, its file {} having been removed, but {}", id, abs, e.getMessage());
                }
                registry.remove(id);
                LOG.info("Plan {} unloaded: {} was removed", id, file);
            }
        }
    }

    // ---------------------------------------------------------------- reading

    /** A plan file: from its record when it passed before and is unchanged (read when first used), else read now. */
    private LoadedPlan registerFile(Path abs, BeforePublish before) throws PlanException {
        Optional<PlanSummary> known = checked.planFile(abs);
        if (known.isPresent()) {
            return registry.publishIfFree(LoadedPlan.later(known.get(), "file:" + abs,
                    () -> LoadedPlan.Content.check(readFile(abs).parsed(), abs.toString()), registry::withdraw), null,
                    abs, before);
        }
        FileRead read = readFile(abs);
        LoadedPlan loaded = LoadedPlan.of(LoadedPlan.Content.check(read.parsed(), abs.toString()), "file:" + abs);
        checked.rememberPlanFile(abs, read.stamp(), loaded.summary());
        return registry.publishIfFree(loaded, null, abs, before);
    }

    /** A plan file as read, with the stamp of what was read: each file's size and time taken just before reading it. */
    private record FileRead(PlanCodec.Parsed parsed, PlanFileStamp stamp) {}

    private static FileRead readFile(Path file) throws PlanException {
        byte[] json;
        FileStamp jsonStamp = FileStamp.of(file);
        String[] textName = new String[1];
        FileStamp[] textStamp = new FileStamp[1];
        try {
            json = Limits.read(file, Limits.MAX_PLAN_BYTES, "plan file");
        } catch (NoSuchFileException e) {
            throw new PlanException(new Problem(file.toString(), 0, 0, "", "no such file"));
        } catch (PlanCodec.TextRefused e) {
            throw new PlanException(new Problem(file.toString(), 0, 0, "", e.getMessage()));
        } catch (IOException e) {
            throw new PlanException(new Problem(file.toString(), 0, 0, "", "cannot read: " + e.getMessage()));
        }
        Path dir = file.toAbsolutePath().getParent();
        PlanCodec.Parsed parsed = PlanCodec.read(json, file.toString(), name -> {
            Path t = dir.resolve(name);
            textName[0] = name;
            textStamp[0] = FileStamp.of(t);
            return textBeside(dir, t);
        });
        return new FileRead(parsed, new PlanFileStamp(jsonStamp, textName[0], textStamp[0]));
    }

    /**
     * The bytes of a plan's text {@code t} in the plan's folder {@code dir}; null when there is none. A link is
     * followed only to a plain file that is itself in the plan's folder: a text kept elsewhere (a link to
     * /etc/passwd, or to another folder) is refused with the reason.
     */
    static byte[] textBeside(Path dir, Path t) throws IOException {
        if (!Files.exists(t, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (Files.isSymbolicLink(t)) {
            Path real;
            try {
                real = t.toRealPath();
            } catch (IOException e) {
                throw new PlanCodec.TextRefused("the document text " + t.getFileName() + " is a link to nothing");
            }
            if (!real.getParent().equals(dir.toRealPath())) {
                throw new PlanCodec.TextRefused("the document text " + t.getFileName() + " is a link to " + real
                        + ", outside the plan's folder; it must be a file beside the plan");
            }
        }
        if (!Files.isRegularFile(t)) {
            throw new PlanCodec.TextRefused("the document text " + t.getFileName() + " is not a plain file");
        }
        return Limits.read(t, Limits.MAX_TEXT_BYTES, "document text");
    }

    // ---------------------------------------------------------------- remembered plan:load files

    private List<Path> rememberedFiles() {
        try {
            return Files.readAllLines(remembered, StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank())
                    .map(Path::of).collect(Collectors.toList());
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            LOG.warn("Cannot read {}: {}", remembered, e.getMessage());
            return List.of();
        }
    }

    private synchronized void remember(Path file, boolean add) {
        List<Path> files = new ArrayList<>(rememberedFiles());
        files.remove(file);
        if (add) {
            files.add(file);
        }
        try {
            StateFile.write(remembered, (files.stream().map(Path::toString).collect(Collectors.joining("\n")) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warn("Cannot record the loaded plan files in {}: {}", remembered, e.getMessage());
        }
    }
}
