package vn.pcmt.security.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.felix.service.command.CommandSession;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.jline.builtins.ssh.ShellFactoryImpl;
import org.jline.builtins.ssh.Ssh;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;
import vn.pcmt.api.security.Identity;

/**
 * The SSH console (Apache MINA SSHD, as Karaf's): logins by public key or password against the user file, an
 * interactive shell on JLine (completion of the commands the user's role may run) or one command per connection
 * ({@code ssh -p P user@host 'plan:list'}, whose exit status is the command's). The host key is generated once, in
 * {@code DATA/ssh/} (owner-only).
 */
final class SshConsole {
    static final AttributeKey<Identity> IDENTITY = new AttributeKey<>();

    private SshConsole() {}

    static AutoCloseable start(String host, int port, Path data, Users users, Sessions sessions) throws IOException {
        Path dir = data.resolve("ssh");
        UserFile.ownerOnly(dir, true);
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost(host);
        sshd.setPort(port);
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(dir.resolve("host-key"));
        keys.setAlgorithm("EC");
        sshd.setKeyPairProvider(keys);
        sshd.setPasswordAuthenticator((user, password, session) -> users.loginByPassword(user,
                password.toCharArray(), "ssh").map(id -> {
                    session.setAttribute(IDENTITY, id);
                    return true;
                }).orElse(false));
        sshd.setPublickeyAuthenticator((user, key, session) -> {
            String k;
            try {
                k = PublicKeyEntry.toString(key);
            } catch (IllegalArgumentException e) {
                return false; // a key type pcmt does not store
            }
            return users.loginByKey(user, k, "ssh").map(id -> {
                session.setAttribute(IDENTITY, id);
                return true;
            }).orElse(false);
        });
        sshd.setKeyboardInteractiveAuthenticator(null);
        sshd.setShellFactory(new ShellFactoryImpl(params -> shell(params, sessions)));
        sshd.setCommandFactory((channel, command) -> new Exec(command, sessions));
        sshd.start();
        try {
            UserFile.ownerOnly(dir.resolve("host-key"), false);
        } catch (IOException e) {
            // written at the first connection by some SSHD versions: restricted then by the folder
        }
        return sshd::stop;
    }

    /** The interactive console: a JLine line reader over the SSH terminal, each line run as the user. */
    private static void shell(Ssh.ShellParams params, Sessions sessions) {
        Terminal terminal = params.getTerminal();
        Identity who = params.getSession().getAttribute(IDENTITY);
        PrintStream out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
        CommandSession session = sessions.open(who, terminal.input(), out, out, null);
        session.put(".terminal", terminal);
        try {
            Acl acl = sessions.acl();
            List<String> allowed = new ArrayList<>();
            for (String c : sessions.commands()) {
                if (who.role().includes(acl.required(c))) {
                    allowed.add(c);
                }
            }
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("pcmt")
                    .completer(new StringsCompleter(allowed)).build();
            out.println("pcmt — " + who.describe() + " qua SSH. Gõ help hoặc Tab để xem lệnh; exit để thoát.");
            while (true) {
                String line;
                try {
                    line = reader.readLine("pcmt " + who.name() + "> ");
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                String l = line.strip();
                if (l.equals("exit") || l.equals("logout") || l.equals("quit")) {
                    break;
                }
                if (!l.isEmpty()) {
                    sessions.run(session, who, acl, l, out, out);
                }
            }
        } finally {
            sessions.close(session);
            params.getCloser().run();
        }
    }

    /** {@code ssh … 'COMMAND'}: one program, its output, and its exit status. */
    private static final class Exec implements Command {
        private final String command;
        private final Sessions sessions;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        Exec(String command, Sessions sessions) {
            this.command = command;
            this.sessions = sessions;
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            Identity who = channel.getSession().getAttribute(IDENTITY);
            Thread t = new Thread(() -> {
                int code = sessions.runOnce(who, command, in, out, err, null);
                try {
                    out.flush();
                    err.flush();
                } catch (IOException e) {
                    // the client went away
                }
                exit.onExit(code);
            }, "pcmt-ssh-exec");
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void destroy(ChannelSession channel) {
            // the command runs to its end; its output goes nowhere once the channel is closed
        }
    }
}
