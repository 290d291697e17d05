package vn.pcmt.api;

import java.util.List;
import java.util.stream.Collectors;

/** A plan that cannot be loaded, with every problem found. Nothing of such a plan is registered. */
public class PlanException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<Problem> problems;

    public PlanException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public PlanException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
