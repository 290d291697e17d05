package vn.pcmt.security.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import vn.pcmt.api.OperatorError;
import vn.pcmt.api.security.Identity;

/**
 * Gogo sessions for users who logged in (SSH) or whose commands a running console serves (batch): the session is
 * bound to the identity before anything runs, each line passes the {@link Gate} and the {@link Acl}
 * ({@code config/command.acl}, read at every session so that an edit applies to the next login), and a failure
 * prints its message and gives exit status 1, as a standalone batch run does.
 */
@Component(service = Sessions.class, configurationPolicy = ConfigurationPolicy.IGNORE)
public final class Sessions {
    private final CommandProcessor processor;
    private final Access access;
    private final BundleContext context;
    /**
     * DS registers commands asynchronously while the platform starts, and a console serves SSH and batch from its
     * first moments: during this window an unknown command is waited for, as a standalone batch run does.
     */
    private final long startupEnds = System.nanoTime() + 30_000_000_000L;

    @Activate
    public Sessions(@Reference CommandProcessor processor, @Reference Access access, BundleContext context) {
        this.processor = processor;
        this.access = access;
        this.context = context;
    }

    /** A session bound to {@code who}; close it when done. */
    CommandSession open(Identity who, InputStream in, OutputStream out, OutputStream err, Path cwd) {
        CommandSession s = processor.createSession(in, out, err);
        access.bind(s, who);
        if (cwd != null) {
            s.currentDir(cwd);
        }
        return s;
    }

    void close(CommandSession s) {
        access.unbind(s);
        s.close();
    }

    Acl acl() {
        String config = context.getProperty("pcmt.config");
        return Acl.read(Path.of(config == null ? "config" : config, "command.acl"));
    }

    /** Every scope:function registered with Gogo. */
    Set<String> commands() {
        Set<String> out = new TreeSet<>();
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(osgi.command.scope=*)");
            if (refs != null) {
                for (ServiceReference<?> r : refs) {
                    Object fn = r.getProperty("osgi.command.function");
                    for (Object f : fn instanceof Object[] a ? a : new Object[] {fn}) {
                        out.add(r.getProperty("osgi.command.scope") + ":" + f);
                    }
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Runs one line (or script) in {@code session} as its user; returns 0, or 1 with the message on err. */
    int run(CommandSession session, Identity who, Acl acl, CharSequence program, PrintStream out, PrintStream err) {
        try {
            String first = program.toString().strip().split("[\\s;|]", 2)[0];
            while (first.contains(":") && !commands().contains(first) && System.nanoTime() < startupEnds) {
                Thread.sleep(50); // an admin's line is not gated, but its command may not be registered yet either
            }
            while (true) {
                try {
                    Gate.check(program, who, acl, commands());
                    break;
                } catch (Gate.Unknown e) {
                    if (System.nanoTime() > startupEnds) {
                        throw e;
                    }
                    Thread.sleep(50);
                }
            }
            Object result = access.runAs(who, () -> session.execute(program));
            if (result != null) {
                out.println(session.format(result, 0)); // Converter.INSPECT
            }
            out.flush();
            return 0;
        } catch (Exception e) {
            out.flush();
            String msg = e.getMessage() != null && (e instanceof OperatorError || e instanceof vn.pcmt.api.StoreException
                    || e instanceof SecurityException || e.getClass().getName().startsWith("vn.pcmt"))
                    ? e.getMessage() : String.valueOf(e);
            err.println(msg);
            err.flush();
            return 1;
        }
    }

    /** Runs a whole program for {@code who} in a new session, as a batch command. */
    int runOnce(Identity who, CharSequence program, InputStream in, OutputStream out, OutputStream err, Path cwd) {
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandSession s = open(who, in, o, e, cwd);
        try {
            return run(s, who, acl(), program, o, e);
        } finally {
            access.unbind(s);
            s.close();
        }
    }
}
