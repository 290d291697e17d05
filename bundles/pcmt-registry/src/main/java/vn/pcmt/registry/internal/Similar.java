package vn.pcmt.registry.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import vn.pcmt.api.Text;

/** "Did you mean": names within a small edit distance of a query, or containing it, best first. */
final class Similar {
    private Similar() {}

    static List<String> closest(String query, Collection<String> names) {
        String q = Text.fold(query);
        List<String> close = names.stream()
                .filter(n -> Text.fold(n).contains(q) || q.contains(Text.fold(n)) || distance(q, Text.fold(n)) <= Math.max(2, q.length() / 3))
                .sorted(Comparator.comparingInt((String n) -> distance(q, Text.fold(n))).thenComparing(n -> n))
                .collect(Collectors.toList());
        return close.isEmpty() ? names.stream().sorted().collect(Collectors.toList()) : close;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
