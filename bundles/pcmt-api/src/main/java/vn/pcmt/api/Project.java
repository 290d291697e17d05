package vn.pcmt.api;

import java.util.List;

/** A component project (Dự án, Tiểu dự án) with its lead and coordinating bodies. */
public record Project(String id, Ref ref, String label, String title, String parent, String lead, List<String> with) {
    public Project {
        with = List.copyOf(with);
    }
}
