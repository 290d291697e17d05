package vn.pcmt.draft.internal;

import java.util.ArrayList;
import java.util.List;

/** A short plan for a test: a header block of a province none of the shipped plans is from, then the body given. */
final class Plans {
    private static final List<String> HEAD = List.of("ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", "Số: 58/KH-UBND",
            "Sơn La, ngày 20 tháng 3 năm 2026", "KẾ HOẠCH", "Phòng, chống và kiểm soát ma túy năm 2026 trên địa bàn tỉnh Sơn La");

    private Plans() {}

    static Draft draft(String... body) {
        List<String> lines = new ArrayList<>(HEAD);
        lines.addAll(List.of(body));
        return Drafter.draft(lines, null, List.of());
    }

    /** Each duty as "agency role due", in order. */
    static List<String> duties(Draft d) {
        return d.duties.stream().map(x -> x.agency() + " " + x.role() + (x.due() == null ? "" : " " + x.due().date())
                + (x.recurrence() == null ? "" : " " + x.recurrence())).toList();
    }

    /** Each reporting duty as "frequency dueMonthDay dueDate". */
    static List<String> reports(Draft d) {
        return d.reports.stream().map(r -> r.frequency() + " " + r.dueMonthDay() + " " + r.dueDate()).toList();
    }
}
