package vn.pcmt.launcher;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * The data folder is the owner's alone: 0700, and once (for a folder made before this rule) every folder in it 0700
 * and every file 0600. New files are made under {@code umask 077} by {@code ./pcmt}; the folder's own mode covers
 * files made by code that does not go through it.
 */
final class OwnerOnly {
    /** Written once the existing tree has been tightened. */
    static final String MARK = ".owner-only";

    private OwnerOnly() {}

    static void restrictTree(Path data) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        Path mark = data.resolve(MARK);
        if (Files.exists(mark)) {
            return;
        }
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isSymbolicLink(p)) {
                    continue;
                }
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                        Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "rwx------" : "rw-------"));
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        Files.createFile(mark, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
}
