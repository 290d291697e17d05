package vn.pcmt.extender.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/** The extender's small state files (check records, deploy bookkeeping): written whole or not at all. */
final class StateFile {
    private StateFile() {}

    /** Stores {@code p} in {@code file} through a temporary file in the same folder moved over it atomically. */
    static void store(Path file, Properties p, String comment) throws IOException {
        Path tmp = temporary(file);
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, comment);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes {@code content} to {@code file} the same way. */
    static void write(Path file, byte[] content) throws IOException {
        Path tmp = temporary(file);
        try {
            Files.write(tmp, content);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path temporary(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    }
}
