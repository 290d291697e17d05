package vn.pcmt.api;

/** A store operation failed; nothing of it was written. The message says what and where. */
public class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The message alone: the console prints {@code toString()} of a failed command's exception. */
    @Override
    public String toString() {
        return getMessage();
    }
}
