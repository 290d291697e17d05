package vn.pcmt.api.report;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import vn.pcmt.api.StoreException;

/**
 * Reporting rounds as records: every reporting duty of a plan with a frequency (monthly, quarterly, half-yearly,
 * yearly) or a due date produces rounds from the plan's issue to the end of its period; a round is marked sent with
 * {@link #submit}, audited. The one-off deadlines of assignments are judged here too ({@link #deadlines}).
 */
@ProviderType
public interface ReportingService {
    /** Every round of a plan (all loaded plans when null) due up to {@code until}, oldest first, as of a day. */
    List<ReportRound> rounds(String plan, LocalDate asOf, LocalDate until) throws StoreException;

    /**
     * Marks the rounds of a plan due on {@code due} (of one duty when {@code duty} is not null) as sent on
     * {@code sentOn}; audited. Refused when no round is due that day, when {@code sentOn} is after today, or when
     * it was already marked sent. Returns the rounds marked.
     */
    List<ReportRound> submit(String plan, LocalDate due, String duty, LocalDate sentOn, String note)
            throws StoreException;

    /**
     * The one-off deadlines of a plan's assignments (all loaded plans when null) falling up to {@code until} (all
     * when null), with their status, oldest first: what {@code report:due} and {@code assignment:list --overdue}
     * show.
     */
    List<TaskDue> deadlines(String plan, LocalDate asOf, LocalDate until) throws StoreException;

    /** The plan's drug-free roadmap (if it has one) against recognitions, year by year, as of a day. */
    List<RoadmapRow> roadmap(String plan, LocalDate asOf) throws StoreException;
}
