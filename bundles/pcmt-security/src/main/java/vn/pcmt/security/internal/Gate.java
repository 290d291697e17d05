package vn.pcmt.security.internal;

import java.util.List;
import java.util.Set;
import org.apache.felix.gogo.runtime.Parser;
import org.apache.felix.gogo.runtime.Token;
import vn.pcmt.api.security.AccessDeniedException;
import vn.pcmt.api.security.Identity;
import vn.pcmt.api.security.UserRole;

/**
 * What a user who is not an admin may type. Gogo is a scripting language over live objects: {@code $.context} is
 * the framework's BundleContext, {@code (…)} calls methods, {@code x = …} rebinds names, {@code > file} writes files.
 * So for them each statement must be a known command (allowed to their role by the {@link Acl}) followed by plain
 * words and quoted strings: no variables, closures, executions, assignments or redirections. Statements may be
 * chained with {@code ;} and piped with {@code |}. Admins are not gated.
 */
final class Gate {
    private Gate() {}

    static void check(CharSequence program, Identity who, Acl acl, Set<String> commands) {
        if (who.role() == UserRole.ADMIN) {
            return;
        }
        Parser.Program p;
        try {
            p = new Parser(program).program();
        } catch (RuntimeException e) {
            return; // Gogo will report the syntax error itself, running nothing
        }
        walk(p.tokens(), who, acl, commands);
    }

    private static void walk(List<Parser.Executable> executables, Identity who, Acl acl, Set<String> commands) {
        for (Parser.Executable e : executables) {
            if (e instanceof Parser.Pipeline pl) {
                walk(pl.tokens(), who, acl, commands);
            } else if (e instanceof Parser.Statement s) {
                statement(s, who, acl, commands);
            } else if (!(e instanceof Parser.Operator)) {
                throw refuse(who, "\"" + e + "\" (only commands with plain arguments)");
            }
        }
    }

    private static void statement(Parser.Statement s, Identity who, Acl acl, Set<String> commands) {
        if (!s.redirections().isEmpty()) {
            throw refuse(who, "redirection " + s.redirections().get(0));
        }
        List<Token> tokens = s.tokens();
        if (tokens.isEmpty()) {
            return;
        }
        for (Token t : tokens) {
            String text = t.toString();
            boolean singleQuoted = text.length() >= 2 && text.startsWith("'") && text.endsWith("'");
            if (t.getClass() != Token.class || (!singleQuoted && (text.contains("$") || text.contains("`")))
                    || text.equals("=")) {
                throw refuse(who, "\"" + text + "\" (only commands with plain arguments: no variables, closures,"
                        + " method calls or assignments)");
            }
        }
        String name = tokens.get(0).toString();
        List<String> matches = name.contains(":") ? (commands.contains(name) ? List.of(name) : List.of())
                : commands.stream().filter(c -> c.endsWith(":" + name)).toList();
        if (matches.isEmpty()) {
            throw new Unknown("bị từ chối: \"" + name + "\" is not a command — " + who.describe());
        }
        for (String c : matches) {
            UserRole need = acl.required(c);
            if (!who.role().includes(need)) {
                throw new AccessDeniedException(c + ": bị từ chối — cần vai trò " + need.code() + "; "
                        + who.describe() + " không có (refused by the command ACL: needs role " + need.code() + ")");
            }
        }
    }

    /** A statement naming no registered command (perhaps not registered yet, while the platform starts). */
    static final class Unknown extends AccessDeniedException {
        private static final long serialVersionUID = 1L;

        Unknown(String message) {
            super(message);
        }
    }

    private static AccessDeniedException refuse(Identity who, String what) {
        return new AccessDeniedException("bị từ chối: " + what + " — " + who.describe());
    }
}
