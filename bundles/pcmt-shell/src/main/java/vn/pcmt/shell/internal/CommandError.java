package vn.pcmt.shell.internal;

/**
 * A command failed for a reason the operator can act on. Its {@code toString} is the message alone, because Gogo
 * prints {@code toString()} of a failed command's exception; batch mode prints it to stderr and exits non-zero.
 */
public final class CommandError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CommandError(String message) {
        super(message);
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
