package vn.pcmt.api;

/**
 * One thing wrong with an input: the file, where in it (line and column, and a JSON pointer or a CSV line), and
 * what is wrong. {@code line}/{@code column} are 0 when unknown.
 */
public record Problem(String file, int line, int column, String pointer, String message) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file == null ? "<input>" : file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        if (pointer != null && !pointer.isEmpty()) {
            sb.append(' ').append(pointer);
        }
        return sb.append(": ").append(message).toString();
    }
}
