package vn.pcmt.api.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.pcmt.api.Frequency;

/**
 * One round of a reporting duty: the report due on {@code due} for the period it covers.
 *
 * @param plan      plan id
 * @param duty      the reporting duty's id ({@code V.2#report-yearly})
 * @param frequency the duty's frequency
 * @param due       the due date; also the round's id in {@code report:submit PLAN ROUND}
 * @param covers    the period reported on, in Vietnamese ("6 tháng đầu năm 2026", "năm 2026", "tháng 11/2026")
 * @param to        to whom it is sent
 * @param sentOn    when it was marked sent, else null
 * @param note      the note given when it was marked sent, else null
 * @param state     as of {@code asOf}
 * @param asOf      the day judged by
 */
public record ReportRound(String plan, String duty, Frequency frequency, LocalDate due, String covers, String to,
        LocalDate sentOn, String note, RoundState state, LocalDate asOf) {
    public ReportRound {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(duty, "duty");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(state, "state");
    }

    /** Days from {@code asOf} to the due date: negative when it has passed. */
    public long daysToDue() {
        return ChronoUnit.DAYS.between(asOf, due);
    }

    /** Days after the due date it was sent; 0 when on time or not sent. */
    public long daysLate() {
        return sentOn == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(due, sentOn));
    }
}
