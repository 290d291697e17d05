package vn.pcmt.api;

import java.util.List;
import java.util.Objects;

/**
 * One body's duty. A sentence that gives a task to several bodies is one assignment per body.
 *
 * @param agency     the body whose duty it is
 * @param role       its role
 * @param with       other bodies named in the duty (the lead when role is coordinate; partners when lead)
 * @param text       the duty quoted exactly
 * @param due        a one-off deadline, or null
 * @param recurrence a recurrence, or null
 */
public record Assignment(
        String id,
        Ref ref,
        List<String> areas,
        String agency,
        Role role,
        List<String> with,
        String text,
        Due due,
        Recurrence recurrence) {

    public Assignment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        areas = List.copyOf(areas);
        with = List.copyOf(with);
    }
}
