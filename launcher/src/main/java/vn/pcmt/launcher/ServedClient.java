package vn.pcmt.launcher;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The client side of a console's served batch commands (pcmt-security's BatchServer), like Karaf's
 * {@code bin/client}: when a console runs on the data folder, {@code ./pcmt -c …} sends it the command over the
 * console's owner-only Unix socket and prints what comes back, with its exit status, so both see one plan set and one
 * store. JDK classes only: nothing of the framework is loaded, which is what makes a served command quick.
 */
final class ServedClient {
    static final int MAGIC = 0x50434d01;

    private ServedClient() {}

    /** The command's exit status, or null when no console serves this data folder (then start as usual). */
    static Integer run(Path data, CharSequence program, PrintStream out, PrintStream err) {
        Path socket = data.resolve("run").resolve("console.sock");
        if (!Files.exists(socket)) {
            return null;
        }
        SocketChannel c;
        try {
            c = SocketChannel.open(StandardProtocolFamily.UNIX);
            c.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            return null; // a socket left by a console that was killed: nobody listens
        }
        try (c; DataOutputStream o = new DataOutputStream(Channels.newOutputStream(c));
                DataInputStream in = new DataInputStream(Channels.newInputStream(c))) {
            o.writeInt(MAGIC);
            o.writeUTF(Path.of("").toAbsolutePath().toString());
            byte[] p = program.toString().getBytes(StandardCharsets.UTF_8);
            o.writeInt(p.length);
            o.write(p);
            o.flush();
            while (true) {
                int type = in.readByte();
                if (type == 0) {
                    return in.readInt();
                }
                byte[] b = in.readNBytes(in.readInt());
                (type == 2 ? err : out).write(b, 0, b.length);
            }
        } catch (IOException e) {
            err.println("pcmt: the console serving " + data + " went away: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
