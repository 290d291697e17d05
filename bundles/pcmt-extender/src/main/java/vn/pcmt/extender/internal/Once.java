package vn.pcmt.extender.internal;

import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;

/** Problems already reported, so that a lasting one is logged the first time, not at every look at the folder. */
final class Once {
    private final Logger log;
    private final Set<String> reported = new HashSet<>();

    Once(Logger log) {
        this.log = log;
    }

    /** True the first time {@code key} is given (since it was last forgotten). */
    boolean first(String key) {
        return reported.add(key);
    }

    /** Logs an error the first time only. */
    void error(String key, String message, Object... args) {
        if (reported.add(key)) {
            log.error(message, args);
        }
    }

    /** The problem is over: it is reported again if it comes back. */
    void forget(String key) {
        reported.remove(key);
    }
}
