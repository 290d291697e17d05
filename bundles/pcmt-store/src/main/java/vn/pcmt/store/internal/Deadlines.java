package vn.pcmt.store.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.Plan;
import vn.pcmt.api.ProgressStore.Status;
import vn.pcmt.api.ProgressStore.StatusChange;
import vn.pcmt.api.report.TaskDue;
import vn.pcmt.api.report.TaskState;

/**
 * The one-off deadlines of a plan judged as of a day (ReportingService.deadlines): done when its latest status is
 * done, whatever the date; overdue when its date has passed and it is not; due otherwise. The one rule behind
 * report:due and assignment:list --overdue.
 */
final class Deadlines {
    /** Oldest first, then by plan and assignment. */
    static final Comparator<TaskDue> ORDER = Comparator.comparing(TaskDue::due).thenComparing(TaskDue::plan)
            .thenComparing(d -> d.assignment().id());

    private Deadlines() {}

    static List<TaskDue> judge(Plan p, Map<String, StatusChange> statuses, LocalDate asOf, LocalDate until) {
        List<TaskDue> out = new ArrayList<>();
        for (Assignment x : p.assignments()) {
            if (x.due() == null || until != null && x.due().date().isAfter(until)) {
                continue;
            }
            StatusChange c = statuses.get(x.id());
            Status now = c == null ? Status.NOT_STARTED : c.status();
            TaskState state = now == Status.DONE ? TaskState.DONE
                    : x.due().date().isBefore(asOf) ? TaskState.OVERDUE : TaskState.DUE;
            out.add(new TaskDue(p.id(), x, now, state, asOf));
        }
        out.sort(ORDER);
        return out;
    }
}
