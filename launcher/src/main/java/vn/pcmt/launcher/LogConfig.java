package vn.pcmt.launcher;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The one SLF4J binding's configuration, from {@code config/logging.properties}: the log file in the data folder
 * at {@code level}, and errors also on the console (so an operator sees a plan that failed to load). Set up in code
 * rather than logback.xml: parsing XML cost ~0.14 s of every start (measured with bench/startup.sh).
 */
public final class LogConfig extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext ctx) {
        String config = System.getProperty("pcmt.config");
        Properties p = settings(config == null ? null : Path.of(config));
        String pattern = p.getProperty("pattern", "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %logger{0} - %msg%n");

        FileAppender<ILoggingEvent> fa = new FileAppender<>();
        fa.setContext(ctx);
        fa.setName("FILE");
        fa.setFile(logFile(Path.of(System.getProperty("pcmt.data", "data")), p).toString());
        fa.setEncoder(encoder(ctx, pattern));
        fa.start();

        ConsoleAppender<ILoggingEvent> ca = new ConsoleAppender<>();
        ca.setContext(ctx);
        ca.setName("CONSOLE");
        ca.setTarget("System.err");
        ThresholdFilter tf = new ThresholdFilter();
        tf.setLevel(p.getProperty("console.level", "ERROR"));
        tf.start();
        ca.addFilter(tf);
        ca.addFilter(new ch.qos.logback.core.filter.Filter<ILoggingEvent>() {
            @Override
            public ch.qos.logback.core.spi.FilterReply decide(ILoggingEvent e) {
                // the OSGi log's entries (Platform.forwardFrameworkLog) go to the file only
                return e.getLoggerName().startsWith("osgi.") ? ch.qos.logback.core.spi.FilterReply.DENY
                        : ch.qos.logback.core.spi.FilterReply.NEUTRAL;
            }
        });
        ca.setEncoder(encoder(ctx, "%-5level %msg%n"));
        ca.start();

        ch.qos.logback.classic.Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(p.getProperty("level", "INFO"), Level.INFO));
        root.addAppender(fa);
        root.addAppender(ca);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
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
        return p;
    }

    /** The log file: {@code file} of logging.properties in the data folder (log/pcmt.log). */
    static Path logFile(Path data, Properties settings) {
        return data.resolve(settings.getProperty("file", "log/pcmt.log"));
    }

    private static PatternLayoutEncoder encoder(LoggerContext ctx, String pattern) {
        PatternLayoutEncoder e = new PatternLayoutEncoder();
        e.setContext(ctx);
        e.setPattern(pattern);
        e.setCharset(StandardCharsets.UTF_8);
        e.start();
        return e;
    }
}
