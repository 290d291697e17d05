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
@org.osgi.service.component.annotations.Component(service = ConsoleEvents.class,
        configurationPolicy = org.osgi.service.component.annotations.ConfigurationPolicy.IGNORE)
public final class ConsoleEvents implements ServiceListener {
    private final BundleContext context;
    private final String deploy;
    private final List<Handler> silenced = new ArrayList<>();
    private final List<Level> levels = new ArrayList<>();
    private final Handler handler;
    /** The console's line reader and its printAbove, once a console has opened. */
    private Object reader;
    private Method printAbove;

    /**
     * A component of its own, with no references, so that it lives as long as the shell bundle: the welcome
     * command that attaches the console is re-created whenever its optional references change.
     */
    @org.osgi.service.component.annotations.Activate
    public ConsoleEvents(BundleContext context) {
        this.context = context;
        this.deploy = context.getProperty("pcmt.deploy");
        this.handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (isLoggable(r) && (r.getLoggerName() == null || !r.getLoggerName().startsWith("osgi."))) {
                    String level = r.getLevel().intValue() >= Level.SEVERE.intValue() ? "ERROR"
                            : r.getLevel().intValue() >= Level.WARNING.intValue() ? "WARN" : r.getLevel().getName();
                    print(level + " " + new java.util.logging.SimpleFormatter().formatMessage(r));
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

    /** Prints events above this console's prompt from now on (the first interactive console only). */
    synchronized void attach(Object lineReader) {
        if (reader != null || lineReader == null) {
            return;
        }
        try {
            Method m = lineReader.getClass().getMethod("printAbove", String.class);
            m.setAccessible(true);
            printAbove = m;
            reader = lineReader;
            context.addServiceListener(this, "(objectClass=" + PlanService.class.getName() + ")");
            Logger root = Logger.getLogger("");
            for (Handler h : root.getHandlers()) {
                if (h.getClass().getName().startsWith("vn.pcmt.launcher.LogConfig")) {
                    silenced.add(h);
                    levels.add(h.getLevel());
                    handler.setLevel(h.getLevel());
                    h.setLevel(Level.OFF);
                }
            }
            if (!silenced.isEmpty()) {
                root.addHandler(handler);
            }
        } catch (NoSuchMethodException | InvalidSyntaxException | RuntimeException ex) {
            reader = null; // an older JLine: events stay where they were
        }
    }

    @org.osgi.service.component.annotations.Deactivate
    synchronized void stop() {
        context.removeServiceListener(this);
        Logger.getLogger("").removeHandler(handler);
        for (int i = 0; i < silenced.size(); i++) {
            silenced.get(i).setLevel(levels.get(i));
        }
        silenced.clear();
        levels.clear();
        reader = null;
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

    private synchronized void print(String text) {
        if (reader == null) {
            System.err.println(text);
            return;
        }
        try {
            printAbove.invoke(reader, text);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println(text);
        }
    }
}
