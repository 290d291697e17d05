package vn.pcmt.draft.internal;

/**
 * A command failed for a reason the operator can act on. Named as the shell's is: batch mode prints the message of
 * a {@code CommandError} alone on stderr and exits 1; Gogo prints {@code toString()}, the message.
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
