package vn.pcmt.security.internal;

/** A user's mistake in a command: the console prints the message alone, and a batch run exits 1. */
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
