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

    /**
     * One audited change: what, on which subject, from which value to which, by whom, through which channel
     * ({@code local}, {@code batch}, {@code ssh}; since 1.3) and when.
     */
    record AuditEntry(long id, Instant at, String operator, String action, String subject, String oldValue,
            String newValue, String channel) {}

    /**
     * The audit chain checked ({@code audit:verify}): how many entries were found intact from the first, the id of the
     * first entry changed or missing (null when all are intact), what is wrong, and the last hash when intact.
     *
     * @since 1.3
     */
    record AuditCheck(int intact, Long firstBad, String problem, String headHash) {}

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

    /** The operator recorded in the audit: the identity running the current command (issue 15). */
    String operator();

    /**
     * Walks the audit's hash chain and reports the first entry that was changed or removed.
     *
     * @since 1.3
     */
    AuditCheck verifyAudit() throws StoreException;

    // ------------------------------------------------------------------ units, recognitions, figures, progress

    /** A commune-level (or provincial) unit with its validity and the units it was merged from. */
    record AdminUnit(String code, String province, String name, String kind, java.time.LocalDate effectiveFrom,
            java.time.LocalDate effectiveTo, List<String> predecessors) {}

    /** What an import did: rows written. A failed import throws and writes nothing. */
    record ImportResult(String file, int rows) {}

    /** A recorded figure, with who recorded it and when. */
    record Figure(String plan, String target, String period, String unit, double value, String note, String operator,
            Instant at) {}

    /**
     * One target's line of {@code report:progress}. {@code status} is a {@link vn.pcmt.api.report.ProgressStatus}
     * code; {@code note} says why when the status needs it ("3 of 99 communes imported", "12 against a target of
     * 0"), else null.
     */
    record TargetProgress(Target target, Double baseline, Double expected, String expectedFrom, Double actual,
            String actualFrom, Double reached, String status, String note) {
        /** @since 1.3 (before it, no note) */
        public TargetProgress(Target target, Double baseline, Double expected, String expectedFrom, Double actual,
                String actualFrom, Double reached, String status) {
            this(target, baseline, expected, expectedFrom, actual, actualFrom, reached, status, null);
        }

        /** The status as a type. */
        public vn.pcmt.api.report.ProgressStatus progressStatus() {
            return vn.pcmt.api.report.ProgressStatus.ofCode(status);
        }
    }

    /** {@code report:progress}: every target of a plan as of a day, with the rule's verdict. */
    record ProgressReport(String plan, LocalDate asOf, List<TargetProgress> targets, int unitsInProvince,
            Integer planDenominator, String denominatorFrom) {
        /** @since 1.3 (before it, no denominatorFrom) */
        public ProgressReport(String plan, LocalDate asOf, List<TargetProgress> targets, int unitsInProvince,
                Integer planDenominator) {
            this(plan, asOf, targets, unitsInProvince, planDenominator, null);
        }
    }

    /** Reads a units CSV (code,province,name,kind,effective_from,effective_to,predecessors); all rows or none. */
    ImportResult importUnits(java.nio.file.Path csv) throws StoreException;

    /** Units of a province (all when null), ordered by code. */
    List<AdminUnit> units(String province) throws StoreException;

    /** Records a commune's recognition as drug-free by decision (audited). */
    void recognize(String unit, LocalDate date, String decision) throws StoreException;

    /** Withdraws a commune's recognition from {@code date} (audited). */
    void withdraw(String unit, LocalDate date, String decision) throws StoreException;

    /**
     * Undoes the recognition made by decision {@code recognition} (entered by mistake): it no longer counts from the
     * day it was decided; kept, marked withdrawn, and audited.
     *
     * @since 1.3
     */
    void withdrawRecognition(String unit, String recognition, String decision) throws StoreException;

    /**
     * Retires a unit from {@code date} (it is no longer in force after it: merged, or imported by mistake); never
     * deleted, since figures and recognitions refer to it. Audited.
     *
     * @since 1.3
     */
    void retireUnit(String unit, LocalDate date, String why) throws StoreException;

    /**
     * Removes a recorded figure (a mistake): its value is kept in the history and the audit. Returns the value
     * removed.
     *
     * @since 1.3
     */
    double unrecord(String plan, String target, String period, String unit, String note) throws StoreException;

    /** Units of a province recognised drug-free on {@code date}. */
    List<String> drugFree(String province, LocalDate date) throws StoreException;

    /**
     * Records a figure for a target and period ({@code 2026}, {@code 2026-H1}), checked against the plan: the target
     * exists, the period is within the plan, the value is a number, not negative, a share at most 100.
     */
    void record(String plan, String target, String period, String value, String unit, String note)
            throws StoreException;

    /** Reads a figures CSV (plan,target,period,value,unit,note); any bad row: nothing written, every bad row listed. */
    ImportResult importFigures(java.nio.file.Path csv) throws StoreException;

    /** Every value recorded for a target, oldest first. */
    List<Figure> history(String plan, String target) throws StoreException;

    /** The progress of every target of a plan as of a day. */
    ProgressReport progress(String plan, LocalDate asOf) throws StoreException;

    /** One period of a roll-up: the value over all units that reported, and how many did. */
    record Rollup(String period, double value, int units) {}

    /**
     * A target's unit-level figures rolled up over all units, per period: summed for counts, averaged for shares and
     * rates (the catalogue's roll-up rule for those units).
     */
    List<Rollup> rollup(String plan, String target) throws StoreException;

    /**
     * One indicator over every unit of every loaded plan that has a target measuring it (a national roll-up), per
     * period, by the same rule; an indicator measured as a count in one plan and a share in another is refused.
     *
     * @since 1.1
     */
    List<Rollup> rollupIndicator(String indicator) throws StoreException;
}
