package vn.pcmt.extender.internal;

import java.nio.file.Path;
import java.util.Set;

/**
 * What the {@link DeployFolder} saw at one look, published to its subscribers in this order: the files dropped
 * (new or changed), the files gone, then the end of the look. The folder knows nothing of plans or bundles: {@link
 * DeployedPlans} acts on plan files, {@link DeployedJars} on bundle jars, {@link StoreWait} keeps count of files
 * held back. Events come on the folder's thread (the first look on the extender's activation thread), one look at a
 * time.
 */
sealed interface DeployEvent {

    /** What a file of the folder is, by its name. */
    enum Kind {
        /** {@code *.plan.json}. */
        PLAN_FILE,
        /** {@code *.jar}: a bundle, a plan bundle or any other. */
        JAR;

        static final String PLAN_SUFFIX = ".plan.json";

        static Kind of(Path file) {
            return file.getFileName().toString().endsWith(PLAN_SUFFIX) ? PLAN_FILE : JAR;
        }
    }

    /** A file's size and time at a look. */
    record Stamp(long size, long modified) {
        /** "size@time": how a version of a deploy file is recorded (the audit, the deployed jars). */
        @Override
        public String toString() {
            return size + "@" + modified;
        }
    }

    /**
     * A file new or changed, the same size and time at two looks in a row (at the first look, every file as it is).
     *
     * @param replaces whether an earlier version of it was taken since pcmt started
     */
    record Dropped(Path file, Kind kind, Stamp stamp, boolean replaces) implements DeployEvent {}

    /** A file taken earlier, gone from the folder. */
    record Removed(Path file, Kind kind) implements DeployEvent {}

    /**
     * A look has ended.
     *
     * @param files the jars and plan files now in the folder
     * @param first whether it was the first look, at start-up
     */
    record Looked(Set<Path> files, boolean first) implements DeployEvent {}

    /** A subscriber of the deploy folder. */
    interface Listener {
        /**
         * Acts on an event. For a {@link Dropped} file, false means "not taken yet": the folder publishes it again at
         * its next look while it is there (a plan file waiting for its text, a file waiting for the store to audit
         * it); true, or any other event, is taken: published again only when the file changes.
         */
        boolean on(DeployEvent event);
    }
}
