package vn.pcmt.shell.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Process;

/**
 * Long output in the interactive console goes through a pager (Gogo's {@code less}, JLine's, which reads keys
 * from the console's own terminal); batch runs, scripts and piped output print straight through.
 */
final class Pager {
    private Pager() {}

    static void print(PrintStream out, List<String> lines) {
        if (!page(out, lines)) {
            for (String l : lines) {
                out.println(l);
            }
        }
    }

    private static boolean page(PrintStream out, List<String> lines) {
        int height = Term.height();
        if (height <= 0 || lines.size() < height - 1 || Term.terminal() == null) {
            return false;
        }
        Process p = Process.Utils.current();
        if (p == null || !p.isTty(1) || p.job() == null) {
            return false;
        }
        CommandSession session = p.job().session();
        Path tmp = null;
        try {
            tmp = Files.createTempFile("pcmt-page", ".txt");
            // JLine's pager shows box-drawing as the terminal's line-drawing set ("qqqq" in tmux): ASCII rules
            Files.write(tmp, lines.stream().map(l -> l.replace('─', '-')).toList(), StandardCharsets.UTF_8);
            out.flush();
            session.execute("gogo:less " + tmp.toString().replace("\\", "/"));
            return true;
        } catch (Exception e) {
            return false; // no pager: print it all
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }
}
