package vn.pcmt.api;

import java.util.List;
import java.util.Optional;

/** Year-by-year steps toward a target, as in Hưng Yên II.3. {@code of} is the denominator (104 communes). */
public record Roadmap(String id, String section, int line, String indicator, Integer of, List<RoadmapStep> steps) {
    public Roadmap {
        steps = List.copyOf(steps);
    }

    /** The step due in {@code year}, if the roadmap has one. */
    public Optional<RoadmapStep> step(int year) {
        return steps.stream().filter(s -> s.year() == year).findFirst();
    }
}
