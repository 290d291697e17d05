package vn.pcmt.api;

import java.nio.file.Path;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Loads plans from files into the running platform and writes plans back in the plan format. */
@ProviderType
public interface PlanLoader {
    /** Reads and validates a plan file without registering it. */
    Plan read(Path file) throws PlanException;

    /**
     * Reads, validates and registers a plan file, and remembers it so that a restart loads it again. Refused,
     * with nothing registered, when the plan is invalid or its id is taken by another plan.
     */
    PlanService load(Path file) throws PlanException;

    /** Unregisters a plan loaded from a file and forgets it. Plans from bundles go when their bundle stops. */
    void unload(String planId) throws PlanException;

    /** The plan as a JSON document in the plan format: reading it gives an equal plan. */
    String toJson(Plan plan);

    /** The plan files currently loaded, by plan id. */
    List<Path> loadedFiles();
}
