package vn.pcmt.shell.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.pcmt.api.OperatorError;
import vn.pcmt.api.text.Text;

/**
 * The one matching rule for names an operator types (plan ids, provinces, units, agencies, areas, indicators):
 * case and diacritics ignored, whole words. A query designates an item when it is its id, or folds to one of its
 * names, or when every word of the query is a whole word of its id or one of its names ("ubnd xa" is
 * {@code ubnd-xa}, "giam cau" is the area "Giảm cầu", "hung yen" is Hưng Yên). When nothing fits, the closest
 * names are offered ({@link Views#unknown}).
 */
final class Names {
    private Names() {}

    /** True when every word of {@code query} is a whole word of one of {@code texts}. */
    static boolean matches(String query, Collection<String> texts) {
        List<String> q = Text.words(query);
        if (q.isEmpty()) {
            return false;
        }
        for (String t : texts) {
            if (t != null && new HashSet<>(Text.words(t)).containsAll(q)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The ids of {@code known} (id → its names) that {@code query} designates: the id itself; else those whose id
     * or a name folds equal to the query; else those matching word for word.
     */
    static List<String> find(String query, Map<String, ? extends Collection<String>> known) {
        if (query == null) {
            return List.of();
        }
        if (known.containsKey(query)) {
            return List.of(query);
        }
        String f = Text.fold(query);
        List<String> equal = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Map.Entry<String, ? extends Collection<String>> e : known.entrySet()) {
            List<String> texts = new ArrayList<>(e.getValue());
            texts.add(e.getKey());
            if (texts.stream().anyMatch(t -> t != null && (Text.fold(t).equals(f)
                    || Text.words(t).equals(Text.words(query))))) {
                equal.add(e.getKey());
            } else if (matches(query, texts)) {
                words.add(e.getKey());
            }
        }
        return equal.isEmpty() ? words : equal;
    }

    /** The single id {@code query} designates, else an error listing the ambiguity or the closest names. */
    static String one(String kind, String query, Map<String, ? extends Collection<String>> known) {
        List<String> found = find(query, known);
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.size() > 1) {
            throw new OperatorError(Msg.t("match.ambiguous", kind, query, String.join(", ", found)));
        }
        Set<String> names = new HashSet<>(known.keySet());
        throw Views.unknown(kind, query, names);
    }

    /** A map id → names from items. */
    static <T> Map<String, List<String>> index(Collection<T> items, java.util.function.Function<T, String> id,
            java.util.function.Function<T, List<String>> names) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (T t : items) {
            m.computeIfAbsent(id.apply(t), k -> new ArrayList<>()).addAll(names.apply(t));
        }
        return m;
    }
}
