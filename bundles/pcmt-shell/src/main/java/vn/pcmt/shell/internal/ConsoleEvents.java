package vn.pcmt.shell.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import vn.pcmt.api.PlanService;

/**
 * Events printed above the prompt of the interactive console, without breaking the line being typed (JLine's
 * {@code LineReader.printAbove}): a plan loaded or unloaded through the deploy folder, and the platform's errors
 * (a plan in deploy/ that was refused). While it runs, the launcher's stderr handler of the log is silenced so an
 * error is not printed twice, once over the prompt.
 */
final class ConsoleEvents implements ServiceListener {
    private final BundleContext context;
    private final Object reader;
    private final Method printAbove;
    private final String deploy;
    private final List<Handler> silenced = new ArrayList<>();
    private final List<Level> levels = new ArrayList<>();
    private final Handler handler;

    private ConsoleEvents(BundleContext context, Object reader, Method printAbove) {
        this.context = context;
        this.reader = reader;
        this.printAbove = printAbove;
        this.deploy = context.getProperty("pcmt.deploy");
        this.handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (isLoggable(r) && (r.getLoggerName() == null || !r.getLoggerName().startsWith("osgi."))) {
                    print(r.getLevel().getName() + " " + new java.util.logging.SimpleFormatter().formatMessage(r));
                }
            }

            @Override
            public void flush() {
                // printed as published
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }

    /** Starts printing events above the console's prompt; null when the session has no line reader. */
    static ConsoleEvents start(BundleContext context, Object reader) {
        if (reader == null) {
            return null;
        }
        try {
            Method m = reader.getClass().getMethod("printAbove", String.class);
            m.setAccessible(true);
            ConsoleEvents e = new ConsoleEvents(context, reader, m);
            context.addServiceListener(e, "(objectClass=" + PlanService.class.getName() + ")");
            Logger root = Logger.getLogger("");
            for (Handler h : root.getHandlers()) {
                if (h.getClass().getName().startsWith("vn.pcmt.launcher.LogConfig")) {
                    e.silenced.add(h);
                    e.levels.add(h.getLevel());
                    e.handler.setLevel(h.getLevel());
                    h.setLevel(Level.OFF);
                }
            }
            if (!e.silenced.isEmpty()) {
                root.addHandler(e.handler);
            }
            return e;
        } catch (NoSuchMethodException | InvalidSyntaxException | RuntimeException ex) {
            return null; // an older JLine, or no framework: events stay where they were
        }
    }

    void stop() {
        context.removeServiceListener(this);
        Logger.getLogger("").removeHandler(handler);
        for (int i = 0; i < silenced.size(); i++) {
            silenced.get(i).setLevel(levels.get(i));
        }
    }

    @Override
    public void serviceChanged(ServiceEvent event) {
        Object origin = event.getServiceReference().getProperty(PlanService.ORIGIN);
        Object id = event.getServiceReference().getProperty(PlanService.PLAN_ID);
        if (deploy == null || origin == null || !String.valueOf(origin).contains(deploy)) {
            return; // only what arrives through deploy/ is news; plan:load says so itself
        }
        if (event.getType() == ServiceEvent.REGISTERED) {
            print(Msg.t("event.loaded", id, origin));
        } else if (event.getType() == ServiceEvent.UNREGISTERING) {
            print(Msg.t("event.unloaded", id, origin));
        }
    }

    private void print(String text) {
        try {
            printAbove.invoke(reader, text);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println(text);
        }
    }
}
