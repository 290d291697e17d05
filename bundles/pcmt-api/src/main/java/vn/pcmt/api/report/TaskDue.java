package vn.pcmt.api.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.ProgressStore;

/**
 * A one-off deadline of an assignment ("hoàn thành trước ngày 31/8/2025") as of a day, with its status from the
 * store.
 *
 * @param plan       plan id
 * @param assignment the assignment, its body, role, text and due date
 * @param status     its latest status; {@link ProgressStore.Status#NOT_STARTED} when none was recorded
 * @param state      as of {@code asOf}
 * @param asOf       the day judged by
 */
public record TaskDue(String plan, Assignment assignment, ProgressStore.Status status, TaskState state, LocalDate asOf) {
    public TaskDue {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(assignment.due(), "assignment.due");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(state, "state");
    }

    public LocalDate due() {
        return assignment.due().date();
    }

    /** Days from {@code asOf} to the due date: negative when it has passed. */
    public long daysToDue() {
        return ChronoUnit.DAYS.between(asOf, due());
    }

    /** Days past the due date when {@link TaskState#OVERDUE}, else 0. */
    public long daysLate() {
        return state == TaskState.OVERDUE ? -daysToDue() : 0;
    }
}
