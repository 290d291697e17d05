package vn.pcmt.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pcmt.api.Assignment;
import vn.pcmt.api.Due;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanPeriod;
import vn.pcmt.api.ProgressStore.Status;
import vn.pcmt.api.ProgressStore.StatusChange;
import vn.pcmt.api.Ref;
import vn.pcmt.api.Role;
import vn.pcmt.api.SourceDocument;
import vn.pcmt.api.report.TaskDue;
import vn.pcmt.api.report.TaskState;

/** The deadline rule report:due and assignment:list --overdue show, on typed records. */
class DeadlinesTest {
    static Assignment task(String id, LocalDate due) {
        return new Assignment(id, new Ref("III.1", 10), List.of(), "cong-an-tinh", Role.LEAD, List.of(),
                "Ban hành quy chế phối hợp", due == null ? null : new Due(due, "trước ngày " + due), null);
    }

    static final Plan PLAN = new Plan("p", "Kế hoạch p", true, "UBND", null, null, null, null,
            new PlanPeriod(2025, 2030), new SourceDocument("p.txt", null), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(task("late", LocalDate.of(2026, 8, 31)),
                    task("done-late", LocalDate.of(2026, 6, 30)), task("blocked", LocalDate.of(2026, 9, 30)),
                    task("today", LocalDate.of(2026, 11, 23)), task("later", LocalDate.of(2027, 3, 31)),
                    task("no-date", null)), List.of(), List.of());

    static StatusChange change(String id, Status s) {
        return new StatusChange("p", id, s, null, "op", Instant.parse("2026-10-01T00:00:00Z"));
    }

    @Test
    void doneWhateverTheDateOverdueWhenPastAndNotDoneElseDue() {
        LocalDate asOf = LocalDate.of(2026, 11, 23);
        List<TaskDue> all = Deadlines.judge(PLAN, Map.of("done-late", change("done-late", Status.DONE),
                "blocked", change("blocked", Status.BLOCKED)), asOf, null);
        assertEquals(List.of("done-late DONE done 0", "late OVERDUE not-started 84", "blocked OVERDUE blocked 54",
                "today DUE not-started 0", "later DUE not-started 0"),
                all.stream().map(d -> d.assignment().id() + " " + d.state() + " " + d.status().code() + " "
                        + d.daysLate()).toList(), "oldest first; a task without a date has no deadline");
        assertEquals(-84, all.get(1).daysToDue());
        assertEquals(128, all.get(4).daysToDue());
        assertEquals(List.of("done-late", "late", "blocked", "today"), Deadlines.judge(PLAN, Map.of(), asOf, asOf)
                .stream().map(d -> d.assignment().id()).toList(), "up to a day: what --overdue looks at");
        assertEquals(TaskState.OVERDUE, Deadlines.judge(PLAN, Map.of(), asOf, asOf).get(0).state(),
                "no status recorded: judged by the date alone");
    }
}
