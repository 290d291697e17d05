package vn.pcmt.api;

/** The years a plan covers, both inclusive. */
public record PlanPeriod(int from, int to) {
    public PlanPeriod {
        if (to < from) {
            throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean contains(int year) {
        return year >= from && year <= to;
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }
}
