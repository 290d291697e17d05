package vn.pcmt.api;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lookup of an enum constant by its plan-format code, with an error that lists the accepted codes. */
public final class Codes {
    private Codes() {}

    public static <E extends Enum<E>> E of(Class<E> type, String code, Function<E, String> codeOf) {
        for (E e : type.getEnumConstants()) {
            if (codeOf.apply(e).equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + label(type) + " \"" + code + "\"; expected one of "
                + Arrays.stream(type.getEnumConstants()).map(codeOf).collect(Collectors.joining(", ")));
    }

    private static String label(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}
