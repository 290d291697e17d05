package vn.pcmt.config.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading one {@code PID.cfg} file: Java properties in UTF-8, values trimmed, {@code ${name}} replaced by the
 * framework property (or system property) of that name. The file's path is kept in {@value #FILE} so that a
 * configuration whose file is deleted can be deleted too.
 */
final class ConfigFiles {
    static final String SUFFIX = ".cfg";
    /** Property naming the file a configuration came from. */
    static final String FILE = "pcmt.config.file";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

    private ConfigFiles() {}

    /** The PID a file configures: its name without {@code .cfg}. */
    static String pid(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }

    /**
     * The properties of {@code file}. An unknown {@code ${name}} is an error (a setting silently left blank would
     * send the data somewhere else than meant).
     */
    static Hashtable<String, Object> read(Path file, UnaryOperator<String> properties) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e); // a malformed \\uXXXX escape
        }
        Hashtable<String, Object> out = new Hashtable<>();
        for (String key : p.stringPropertyNames()) {
            out.put(key, substitute(file, key, p.getProperty(key).trim(), properties));
        }
        out.put(FILE, file.toAbsolutePath().normalize().toString());
        return out;
    }

    static String substitute(Path file, String key, String value, UnaryOperator<String> properties) throws IOException {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = properties.apply(m.group(1));
            if (v == null) {
                throw new IOException(file + ": " + key + " uses ${" + m.group(1) + "}, which is not set");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
