package vn.pcmt.api;

/**
 * A command refused for a reason the operator can act on (a bad argument, an unknown name, a permission), its
 * message already in the operator's language. One type for every bundle that runs commands, so the console, the
 * served batch commands and the launcher recognise it by type: they print the message alone (no class name, no
 * stack) and a batch run exits 1.
 */
public class OperatorError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OperatorError(String message) {
        super(message);
    }

    /** The message alone: Gogo prints {@code toString()} of a failed command's exception. */
    @Override
    public String toString() {
        return getMessage();
    }
}
