package vn.pcmt.security.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.pcmt.api.security.Identity;

/**
 * Serves {@code ./pcmt -c …} and {@code ./pcmt FILE.gosh} from the running console, like Karaf's {@code bin/client}:
 * a Unix-domain socket {@code DATA/run/console.sock} in a folder only the owner may enter (0700), so whoever connects
 * is the OS user running this console (or root); their commands run as that identity, through the batch channel.
 *
 * <p>Protocol (the launcher's {@code ServedClient} is the other end): the request is the int {@link #MAGIC}, the
 * working directory (modified UTF-8) and the program (int length, UTF-8 bytes); the reply is frames of a type byte
 * ({@code 1} output, {@code 2} errors) with an int length and bytes, ended by {@code 0} and the int exit status.
 */
final class BatchServer implements AutoCloseable {
    static final int MAGIC = 0x50434d01;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BatchServer.class);

    private final Path socket;
    private final ServerSocketChannel server;
    private final Sessions sessions;
    private final Identity who;
    private final Thread acceptor;

    BatchServer(Path data, Sessions sessions, Identity who) throws IOException {
        this.sessions = sessions;
        this.who = who;
        Path run = data.resolve("run");
        UserFile.ownerOnly(run, true);
        this.socket = run.resolve("console.sock");
        Files.deleteIfExists(socket); // left by a console that was killed: nobody listens on it
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        UserFile.ownerOnly(socket, false);
        this.acceptor = new Thread(this::accept, "pcmt-batch-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        while (server.isOpen()) {
            try {
                SocketChannel c = server.accept();
                Thread t = new Thread(() -> serve(c), "pcmt-batch-client");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (server.isOpen()) {
                    LOG.warn("Batch socket {}: {}", socket, e.toString());
                }
            }
        }
    }

    private void serve(SocketChannel c) {
        try (c; DataInputStream in = new DataInputStream(Channels.newInputStream(c));
                DataOutputStream out = new DataOutputStream(Channels.newOutputStream(c))) {
            if (in.readInt() != MAGIC) {
                return;
            }
            Path cwd = Path.of(in.readUTF());
            byte[] program = in.readNBytes(in.readInt());
            int code = sessions.runOnce(who, new String(program, StandardCharsets.UTF_8), InputStream.nullInputStream(),
                    new Frames(out, 1), new Frames(out, 2), cwd);
            synchronized (out) {
                out.writeByte(0);
                out.writeInt(code);
                out.flush();
            }
        } catch (IOException e) {
            LOG.debug("Batch client went away: {}", e.toString());
        }
    }

    /** An output stream that sends what is written as frames of one type. */
    private static final class Frames extends OutputStream {
        private final DataOutputStream out;
        private final int type;

        Frames(DataOutputStream out, int type) {
            this.out = out;
            this.type = type;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            synchronized (out) {
                out.writeByte(type);
                out.writeInt(len);
                out.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            synchronized (out) {
                out.flush();
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(socket);
    }
}
