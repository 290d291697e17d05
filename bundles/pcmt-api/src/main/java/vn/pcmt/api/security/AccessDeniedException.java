package vn.pcmt.api.security;

/**
 * A refusal: the current identity lacks the role or the scope an operation needs. Thrown before anything is
 * written. Unchecked, so every service can refuse whatever its own checked exceptions are.
 */
public class AccessDeniedException extends SecurityException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }

    /** The message alone: the console prints {@code toString()} of a failed command's exception. */
    @Override
    public String toString() {
        return getMessage();
    }
}
