package vn.pcmt.launcher;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Command lines run through the framework's Gogo {@code CommandProcessor}: a new session per line or script, its
 * output captured or passed on, a command's failure turned into its message and exit 1. Gogo's API lives inside
 * the framework, so it is reached reflectively through the interface the runtime bundle exports. {@link Platform}
 * starts and stops the framework; this only runs commands in it.
 */
final class GogoCommands {
    private final BundleContext context;

    GogoCommands(BundleContext context) {
        this.context = context;
    }

    private BundleContext context() {
        return context;
    }

    /**
     * Waits until Gogo knows the command {@code scope:function} (DS activates command components asynchronously).
     * Returns false if it did not appear within the timeout.
     */
    boolean awaitCommand(String command, long millis) throws InterruptedException {
        int colon = command.indexOf(':');
        String filter = colon < 0 ? "(osgi.command.function=" + command + ")"
                : "(&(osgi.command.scope=" + command.substring(0, colon) + ")(osgi.command.function="
                        + command.substring(colon + 1) + "))";
        long end = System.nanoTime() + millis * 1_000_000;
        do {
            try {
                ServiceReference<?>[] refs = context().getAllServiceReferences(null, filter);
                if (refs != null && processor() != null) {
                    return true;
                }
            } catch (org.osgi.framework.InvalidSyntaxException e) {
                return false;
            }
            Thread.sleep(2); // DS registers commands within milliseconds of the level change
        } while (System.nanoTime() < end);
        return false;
    }

    /**
     * The Gogo command processor. Looked up with getAllServiceReferences: the launcher (the system bundle) need not
     * share Gogo's classes, and when the class path happens to hold a copy of them (as in tests) the class-space
     * check of getServiceReference would hide the service.
     */
    private ServiceReference<?> processor() {
        try {
            ServiceReference<?>[] refs = context().getAllServiceReferences(
                    "org.apache.felix.service.command.CommandProcessor", null);
            return refs == null ? null : refs[0];
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            return null;
        }
    }

    /** Runs one command line through Gogo, capturing output; exit 1 with the message when it fails. */
    Platform.Result execute(String commandLine) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int exit = execute(commandLine, InputStream.nullInputStream(), o, e);
        return new Platform.Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Runs a command line (or a whole script) in a new Gogo session. Gogo's API lives inside the framework, so the
     * launcher reaches the {@code CommandProcessor} service reflectively, through the interface the runtime bundle
     * exports. A failure prints its message on {@code err} and returns 1.
     */
    int execute(CharSequence program, InputStream in, PrintStream out, PrintStream err) throws InterruptedException {
        String first = firstCommand(program.toString());
        if (first != null && first.contains(":")) {
            // DS registers commands asynchronously: wait for the scope to appear, then the command must be there
            String scope = first.substring(0, first.indexOf(':'));
            // an unknown command goes on to Gogo when the shell offers its "did you mean" (pcmt:default)
            if ((!awaitCommand(scope + ":*", 15_000) || !awaitCommand(first, 200)) && !awaitCommand("pcmt:default", 0)) {
                err.println("Unknown command " + first + ". " + commandHint(first));
                return 1;
            }
        }
        ServiceReference<?> ref = processor();
        if (ref == null) {
            err.println("The Gogo shell is not running: is org.apache.felix.gogo.runtime installed?");
            return 1;
        }
        Object processor = context().getService(ref);
        try {
            Class<?> api = ref.getBundle().loadClass("org.apache.felix.service.command.CommandProcessor");
            Class<?> sessionApi = ref.getBundle().loadClass("org.apache.felix.service.command.CommandSession");
            Method create = api.getMethod("createSession", InputStream.class, java.io.OutputStream.class,
                    java.io.OutputStream.class);
            Object session = create.invoke(processor, in, out, err);
            try {
                Method exec = sessionApi.getMethod("execute", CharSequence.class);
                Method format = sessionApi.getMethod("format", Object.class, int.class);
                Object result = exec.invoke(session, program);
                if (result != null) {
                    out.println(format.invoke(session, result, 0)); // Converter.INSPECT
                }
                out.flush();
                return 0;
            } catch (InvocationTargetException ex) {
                Throwable cause = ex.getCause();
                while (cause instanceof InvocationTargetException && cause.getCause() != null) {
                    cause = cause.getCause(); // a command's own exception, as Gogo's reflection wrapped it
                }
                String msg = cause.getMessage() != null && operatorError(cause.getClass())
                        ? cause.getMessage() : String.valueOf(cause);
                if (cause instanceof NullPointerException && String.valueOf(cause.getMessage()).contains("\"target\" is null")) {
                    // Gogo found the command's service but could not get it: its component failed to activate
                    msg = first + ": a service this command needs failed to start (its reason is in "
                            + context().getProperty("pcmt.log.file") + " or above); try again, or see scr:list";
                }
                if (cause.getClass().getName().equals("java.lang.IllegalArgumentException")
                        && String.valueOf(cause.getMessage()).startsWith("Command not found")) {
                    msg = cause.getMessage() + ". " + commandHint(first);
                }
                out.flush();
                err.println(msg);
                err.flush();
                return 1;
            } finally {
                sessionApi.getMethod("close").invoke(session);
            }
        } catch (ReflectiveOperationException ex) {
            err.println("Cannot run the command: " + ex);
            return 1;
        } finally {
            context().ungetService(ref);
        }
    }

    /**
     * The framework's API types are not on the launcher's class path, so the operator's errors (vn.pcmt.api's
     * OperatorError and StoreException, and their subclasses) are recognised by the names in the class's ancestry.
     */
    static boolean operatorError(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals("vn.pcmt.api.OperatorError") || c.getName().equals("vn.pcmt.api.StoreException")) {
                return true;
            }
        }
        return false;
    }

    private String commandHint(String command) {
        List<String> all = commands();
        String scope = command == null || !command.contains(":") ? "" : command.substring(0, command.indexOf(':') + 1);
        List<String> same = all.stream().filter(c -> c.startsWith(scope)).collect(Collectors.toList());
        return "Commands" + (scope.isEmpty() || same.isEmpty() ? "" : " in " + scope.substring(0, scope.length() - 1))
                + ": " + String.join(" ", same.isEmpty() ? all : same);
    }

    /** Every scope:function registered with Gogo. */
    List<String> commands() {
        List<String> out = new ArrayList<>();
        try {
            ServiceReference<?>[] refs = context().getAllServiceReferences(null, "(osgi.command.scope=*)");
            if (refs != null) {
                for (ServiceReference<?> r : refs) {
                    Object scope = r.getProperty("osgi.command.scope");
                    Object fn = r.getProperty("osgi.command.function");
                    for (Object f : fn instanceof Object[] a ? a : new Object[] {fn}) {
                        out.add(scope + ":" + f);
                    }
                }
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            // cannot happen with a constant filter
        }
        out.sort(null);
        return out;
    }

    static String firstCommand(String program) {
        String p = program.strip();
        int end = 0;
        while (end < p.length() && !Character.isWhitespace(p.charAt(end)) && p.charAt(end) != ';' && p.charAt(end) != '|') {
            end++;
        }
        return end == 0 ? null : p.substring(0, end);
    }
}
