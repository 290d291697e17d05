package vn.pcmt.api;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * A report owed: by whom, to whom (as printed), how often and by which day of the year ({@code dueMonthDay}) or,
 * for a one-off report, by which date.
 */
public record ReportingDuty(String id, Ref ref, String text, List<String> from, String to, Frequency frequency,
        MonthDay dueMonthDay, LocalDate dueDate) {
    public ReportingDuty {
        from = List.copyOf(from);
    }
}
