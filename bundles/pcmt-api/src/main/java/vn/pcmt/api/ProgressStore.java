package vn.pcmt.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What has happened against the plans, kept in a database: assignment status, figures, recognitions, and an audit
 * of every change. Every write is one transaction; a failed write changes nothing.
 */
@ProviderType
public interface ProgressStore {
    /** Assignment states, as reported by the bodies. */
    enum Status {
        NOT_STARTED("not-started"), IN_PROGRESS("in-progress"), DONE("done"), BLOCKED("blocked");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Status ofCode(String code) {
            return Codes.of(Status.class, code, Status::code);
        }
    }

    /** An assignment's state at a moment, with who set it and why. */
    record StatusChange(String plan, String assignment, Status status, String note, String operator, Instant at) {}

    /** One audited change: what, on which subject, from which value to which, by whom and when. */
    record AuditEntry(long id, Instant at, String operator, String action, String subject, String oldValue,
            String newValue) {}

    /** Sets an assignment's status (audited); returns the previous status, NOT_STARTED when never set. */
    Status updateStatus(String plan, String assignment, Status status, String note) throws StoreException;

    /** The current status of every assignment of a plan that has one. */
    Map<String, StatusChange> statuses(String plan) throws StoreException;

    /** Every status change of one assignment, oldest first. */
    List<StatusChange> statusHistory(String plan, String assignment) throws StoreException;

    /** Writes an audit entry of its own (plan load and unload, for example). */
    void audit(String action, String subject, String oldValue, String newValue) throws StoreException;

    /** Audit entries at or after {@code since} (all when null), oldest first. */
    List<AuditEntry> audit(LocalDate since) throws StoreException;

    /** The operator recorded in the audit: configured, else the OS user. */
    String operator();
}
