package vn.pcmt.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;
import vn.pcmt.api.StoreException;

/**
 * The password of the default H2 database: generated on first use and kept in {@code DATA/db/pcmt.password}, a file
 * only its owner can read (0600, in a 0700 folder). It replaced the login {@code sa} with an empty password, with
 * which any local user could connect to a console's shared-database port and rewrite the audit log.
 */
final class DbPassword {
    static final String FILE = "pcmt.password";

    private DbPassword() {}

    /** The password kept in {@code folder}, generated and written (owner-only) when there is none yet. */
    static String ensure(Path folder) throws StoreException {
        Path file = folder.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                String p = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!p.isEmpty()) {
                    return p;
                }
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String p = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Path tmp = folder.resolve(FILE + "." + ProcessHandle.current().pid() + ".tmp");
            Files.deleteIfExists(tmp);
            OwnerOnly.createFile(tmp);
            Files.writeString(tmp, p + "\n", StandardCharsets.UTF_8);
            try {
                // two consoles starting together: the first file wins, the other reads it
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException raced) {
                Files.deleteIfExists(tmp);
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            if (Files.exists(file) && !Files.readString(file, StandardCharsets.UTF_8).strip().equals(p)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            return p;
        } catch (IOException | UnsupportedOperationException e) {
            throw new StoreException(Words.t("db.passwordUnkept", file, e.getMessage()), e);
        }
    }
}
