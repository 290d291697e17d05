package vn.pcmt.shell.internal;

import java.lang.reflect.Method;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Process;

/**
 * What the command's output goes to: its width (the console's terminal, else {@code $COLUMNS}, else 120), whether
 * box-drawing rules can be shown (a UTF-8 terminal), and the console's terminal for paging. The terminal is
 * reached reflectively through the session variable gogo.jline sets ({@code .terminal}), so the shell does not
 * wire to JLine.
 */
final class Term {
    static final int DEFAULT_WIDTH = 120;

    private Term() {}

    private static CommandSession session() {
        try {
            Process p = Process.Utils.current();
            return p == null || p.job() == null ? null : p.job().session();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** The console's JLine terminal, or null in batch runs and scripts. */
    static Object terminal() {
        CommandSession s = session();
        return s == null ? null : s.get(".terminal");
    }

    private static int call(Object target, String method) {
        try {
            Method m = target.getClass().getMethod(method);
            m.setAccessible(true);
            return ((Number) m.invoke(target)).intValue();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 0;
        }
    }

    static int width() {
        Object t = terminal();
        if (t != null) {
            int w = call(t, "getWidth");
            if (w > 0) {
                return w;
            }
        }
        String c = System.getenv("COLUMNS");
        if (c != null) {
            try {
                int w = Integer.parseInt(c.trim());
                if (w > 0) {
                    return w;
                }
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        return DEFAULT_WIDTH;
    }

    static int height() {
        Object t = terminal();
        int h = t == null ? 0 : call(t, "getHeight");
        return h > 0 ? h : 0;
    }

    /**
     * Box-drawing rules only on a UTF-8 terminal: the console's terminal, or a batch run whose output is a
     * terminal; piped or redirected output gets ASCII. The pcmt script passes the locale's charset in
     * {@code PCMT_CHARMAP}, since it switches Java itself to a UTF-8 locale.
     */
    static boolean unicode() {
        String charmap = System.getenv("PCMT_CHARMAP");
        boolean utf8 = charmap == null || charmap.isBlank() || charmap.toUpperCase(java.util.Locale.ROOT).replace("-", "")
                .equals("UTF8");
        if (!utf8) {
            return false;
        }
        if (terminal() != null) {
            Process p = Process.Utils.current();
            return p == null || p.isTty(1);
        }
        return System.console() != null;
    }
}
