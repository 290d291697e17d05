package vn.pcmt.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** The log line layout of logging.properties' pattern, and the level names the log and log:display use. */
class LogConfigTest {
    static LogRecord record(Level level, String logger, String msg) {
        LogRecord r = new LogRecord(level, msg);
        r.setLoggerName(logger);
        r.setMillis(LocalDateTime.of(2026, 11, 24, 9, 5, 7, 42_000_000).atZone(ZoneId.systemDefault()).toInstant()
                .toEpochMilli());
        return r;
    }

    @Test
    void thePatternOfLoggingPropertiesLaysOutTheLine() {
        LogConfig.Pattern p = new LogConfig.Pattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %logger{0} - %msg%n");
        assertEquals("2026-11-24 09:05:07.042 WARN  PlanExtender - Kế hoạch 100%" + System.lineSeparator(),
                p.format(record(Level.WARNING, "vn.pcmt.extender.internal.PlanExtender", "Kế hoạch 100%")));
        assertEquals("ERROR osgi.pcmt-store 50% {x}", new LogConfig.Pattern("%level %logger 50%% {x}")
                .format(record(Level.SEVERE, "osgi.pcmt-store", "m")));
        assertEquals("  INFO|%q|", new LogConfig.Pattern("%6level|%q|").format(record(Level.INFO, "a", "m")));
    }

    @Test
    void anExceptionFollowsItsLineAndJulParametersAreFilledIn() {
        LogRecord r = record(Level.SEVERE, "x", "value {0}");
        r.setParameters(new Object[] {"130"});
        r.setThrown(new IllegalStateException("boom"));
        String line = new LogConfig.Pattern("%level %msg%n").format(r);
        assertTrue(line.startsWith("ERROR value 130" + System.lineSeparator() + "java.lang.IllegalStateException: boom"),
                line);
    }

    @Test
    void slf4jLevelNamesMapBothWays() {
        for (String n : new String[] {"ERROR", "WARN", "INFO", "DEBUG", "TRACE"}) {
            assertEquals(n, LogConfig.name(LogConfig.level(n)));
        }
        assertEquals(Level.INFO, LogConfig.level("nonsense"));
    }

    @org.junit.jupiter.api.Test
    void anUnknownLevelInTheSettingsIsRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path config)
            throws Exception {
        java.nio.file.Files.writeString(config.resolve("logging.properties"), "level = VERBOSE\n");
        LaunchException e = org.junit.jupiter.api.Assertions.assertThrows(LaunchException.class,
                () -> LogConfig.settings(config));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("level = \"VERBOSE\" is not a level"),
                e.getMessage());
        java.nio.file.Files.writeString(config.resolve("logging.properties"), "level = debug\nconsole.level = WARN\n");
        assertEquals("debug", LogConfig.settings(config).getProperty("level"));
    }
}
