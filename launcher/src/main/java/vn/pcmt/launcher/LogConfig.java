package vn.pcmt.launcher;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * The logging set-up, from {@code config/logging.properties}. SLF4J is the API in every bundle; its one binding is
 * slf4j-jdk14, which hands every event to the JDK's java.util.logging, configured here: the log file in the data
 * folder at {@code level}, and errors also on the console (so an operator sees a plan that failed to load).
 *
 * <p>Why java.util.logging rather than logback: it is part of the JDK, so its classes load from the runtime image
 * unverified, where logback's ~210 classes were read from a jar and verified at every start; and pcmt needs only a
 * file and stderr. Gogo's own JUL messages now land in the same log instead of the JDK's default console handler.
 */
public final class LogConfig {
    private static boolean installed;

    private LogConfig() {}

    /**
     * Configures java.util.logging once per JVM from {@code p} (logging.properties: {@link #settings}), the log in
     * the folder of the system property {@code pcmt.data}.
     */
    public static synchronized void install(Properties p) {
        if (installed) {
            return;
        }
        installed = true;
        Path file = logFile(Path.of(System.getProperty("pcmt.data", "data")), p);
        LogManager.getLogManager().reset(); // no JDK default console handler
        Logger root = Logger.getLogger("");
        root.setLevel(level(p.getProperty("level", "INFO")));
        String standard = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %logger{0} - %msg%n";
        Pattern layout;
        try {
            layout = new Pattern(p.getProperty("pattern", standard));
        } catch (RuntimeException e) { // a date format java.time does not know, such as logback's %d{ISO8601}
            System.err.println("pcmt: logging.properties: pattern \"" + p.getProperty("pattern") + "\" is not usable ("
                    + e.getMessage() + "); the log uses " + standard.strip());
            layout = new Pattern(standard);
        }
        try {
            root.addHandler(new FileLog(file, layout));
        } catch (IOException e) {
            System.err.println("pcmt: cannot write the log file " + file + ": " + e.getMessage());
        }
        Handler console = new Handler() {
            private final Formatter format = new Pattern("%-5level %msg%n");

            @Override
            public void publish(LogRecord r) {
                // the OSGi log's entries (Platform.forwardFrameworkLog) go to the file only
                if (isLoggable(r) && (r.getLoggerName() == null || !r.getLoggerName().startsWith("osgi."))) {
                    System.err.print(format.format(r)); // System.err now: a Gogo session may have replaced it
                    System.err.flush();
                }
            }

            @Override
            public void flush() {
                System.err.flush();
            }

            @Override
            public void close() {
                // stderr stays open
            }
        };
        console.setLevel(level(p.getProperty("console.level", "ERROR")));
        root.addHandler(console);
    }

    /** config/logging.properties, or no settings (the defaults) when it is absent. */
    static Properties settings(Path config) {
        Properties p = new Properties();
        if (config != null) {
            try (Reader r = Files.newBufferedReader(config.resolve("logging.properties"), StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                // the defaults
            }
        }
        for (String key : java.util.List.of("level", "console.level")) {
            String v = p.getProperty(key);
            // an unknown level had silently become INFO: refused, so a typo does not hide the errors asked for
            if (v != null && !java.util.Set.of("ERROR", "WARN", "WARNING", "INFO", "DEBUG", "TRACE", "OFF", "ALL")
                    .contains(v.trim().toUpperCase(Locale.ROOT))) {
                throw new LaunchException(config.resolve("logging.properties") + ": " + key + " = \"" + v
                        + "\" is not a level; use ERROR, WARN, INFO, DEBUG, TRACE, OFF or ALL");
            }
        }
        return p;
    }

    /** The log file: {@code file} of logging.properties in the data folder (log/pcmt.log). */
    static Path logFile(Path data, Properties settings) {
        return data.resolve(settings.getProperty("file", "log/pcmt.log"));
    }

    /** An SLF4J level name (ERROR, WARN, INFO, DEBUG, TRACE; also OFF and ALL) as java.util.logging's. */
    static Level level(String name) {
        return switch (name.trim().toUpperCase(Locale.ROOT)) {
            case "ERROR" -> Level.SEVERE;
            case "WARN", "WARNING" -> Level.WARNING;
            case "DEBUG" -> Level.FINE;
            case "TRACE" -> Level.FINEST;
            case "OFF" -> Level.OFF;
            case "ALL" -> Level.ALL;
            default -> Level.INFO;
        };
    }

    /** java.util.logging's level as the SLF4J name the log shows (and log:display --level filters on). */
    static String name(Level l) {
        int v = l.intValue();
        return v >= Level.SEVERE.intValue() ? "ERROR" : v >= Level.WARNING.intValue() ? "WARN"
                : v >= Level.INFO.intValue() ? "INFO" : v >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
    }

    /** Appends to the log file, flushed after every line, so that two consoles on one data folder share it. */
    static final class FileLog extends StreamHandler {
        FileLog(Path file, Formatter format) throws IOException {
            Files.createDirectories(file.toAbsolutePath().getParent());
            setFormatter(format);
            setEncoding("UTF-8");
            setOutputStream(new FileOutputStream(file.toFile(), true));
            setLevel(Level.ALL); // the root logger's level decides
        }

        @Override
        public synchronized void publish(LogRecord r) {
            super.publish(r);
            flush();
        }
    }

    /**
     * The line layout of logging.properties' {@code pattern}, in the logback/log4j notation pcmt has always used:
     * {@code %d{FORMAT}} (a java.time pattern), {@code %level} (also {@code %-5level}), {@code %logger} (also
     * {@code %logger{0}}: the last part of the name), {@code %thread}, {@code %msg}, {@code %n} and {@code %%}.
     * Anything else is copied as it is. An exception's stack trace follows its line.
     */
    static final class Pattern extends Formatter {
        private final List<Function<LogRecord, String>> parts = new ArrayList<>();

        Pattern(String pattern) {
            StringBuilder text = new StringBuilder();
            int i = 0;
            while (i < pattern.length()) {
                char c = pattern.charAt(i);
                if (c != '%' || i + 1 == pattern.length() || pattern.charAt(i + 1) == '%') {
                    text.append(c); // "%%" is one "%"
                    i += c == '%' && i + 1 < pattern.length() ? 2 : 1;
                    continue;
                }
                int j = i + 1;
                boolean left = j < pattern.length() && pattern.charAt(j) == '-';
                if (left) {
                    j++;
                }
                int width = 0;
                while (j < pattern.length() && Character.isDigit(pattern.charAt(j))) {
                    width = width * 10 + (pattern.charAt(j++) - '0');
                }
                int k = j;
                while (k < pattern.length() && Character.isLetter(pattern.charAt(k))) {
                    k++;
                }
                String word = pattern.substring(j, k);
                String option = null;
                if (k < pattern.length() && pattern.charAt(k) == '{' && pattern.indexOf('}', k) > 0) {
                    option = pattern.substring(k + 1, pattern.indexOf('}', k));
                    k = pattern.indexOf('}', k) + 1;
                }
                Function<LogRecord, String> part = part(word, option);
                if (part == null) {
                    text.append(pattern, i, k); // an unknown word, as it is
                    i = k;
                    continue;
                }
                flush(text);
                int w = width;
                parts.add(w == 0 ? part : r -> pad(part.apply(r), w, left));
                i = k;
            }
            flush(text);
        }

        private void flush(StringBuilder text) {
            if (text.length() > 0) {
                String s = text.toString();
                parts.add(r -> s);
                text.setLength(0);
            }
        }

        private Function<LogRecord, String> part(String word, String option) {
            return switch (word) {
                case "d", "date" -> {
                    DateTimeFormatter f = DateTimeFormatter.ofPattern(option == null ? "yyyy-MM-dd HH:mm:ss.SSS"
                            : option).withZone(ZoneId.systemDefault());
                    yield r -> f.format(Instant.ofEpochMilli(r.getMillis()));
                }
                case "level", "p", "le" -> r -> name(r.getLevel());
                case "logger", "c", "lo" -> "0".equals(option) ? r -> last(r.getLoggerName()) : r -> String.valueOf(
                        r.getLoggerName());
                case "thread", "t" -> r -> Thread.currentThread().getName();
                case "msg", "m", "message" -> this::formatMessage;
                case "n" -> r -> System.lineSeparator();
                default -> null;
            };
        }

        private static String last(String name) {
            return name == null ? "" : name.substring(name.lastIndexOf('.') + 1);
        }

        private static String pad(String s, int width, boolean left) {
            if (s.length() >= width) {
                return s;
            }
            String fill = " ".repeat(width - s.length());
            return left ? s + fill : fill + s;
        }

        @Override
        public String format(LogRecord r) {
            StringBuilder sb = new StringBuilder();
            for (Function<LogRecord, String> p : parts) {
                sb.append(p.apply(r));
            }
            if (r.getThrown() != null) {
                StringWriter w = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(w));
                sb.append(w);
            }
            return sb.toString();
        }
    }
}
