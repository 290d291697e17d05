package vn.pcmt.security.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * What a running console serves besides its own terminal: batch commands of later {@code ./pcmt -c} runs on the same
 * data folder ({@link BatchServer}), and, when a port is set ({@code -D pcmt.ssh.port=P} or {@code port} in
 * {@code config/vn.pcmt.ssh.cfg}), an SSH console ({@link SshConsole}). Nothing in a batch run (channel batch): only a
 * console serves. SSHD's classes load only when SSH is configured.
 *
 * <p>Disabled until {@link ConsoleSwitch} finds an interactive console (channel local): activating it in a batch run
 * loaded the security classes and a configuration proxy for nothing, ~40 ms of every {@code ./pcmt -c} start.
 */
@Component(enabled = false, immediate = true, configurationPid = "vn.pcmt.ssh", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = Consoles.Config.class)
public final class Consoles {
    @ObjectClassDefinition(name = "pcmt SSH console")
    public @interface Config {
        @AttributeDefinition(description = "port; 0: no SSH console (the framework property pcmt.ssh.port also sets it)")
        int port() default 0;

        @AttributeDefinition(description = "address to listen on; loopback unless set")
        String host() default "127.0.0.1";
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Consoles.class);
    private BatchServer batch;
    private AutoCloseable ssh;

    @Activate
    public Consoles(@Reference Sessions sessions, @Reference Access access, @Reference Users users, Config config,
            BundleContext context) {
        if (!"local".equals(context.getProperty("pcmt.channel"))) {
            return; // a batch run or a test framework: nothing to serve
        }
        try {
            batch = new BatchServer(access.data(), sessions, access.process().via("batch"));
        } catch (Exception e) {
            LOG.warn("Batch commands will not be served by this console: {}", e.toString());
        }
        String p = context.getProperty("pcmt.ssh.port");
        int port = config.port() != 0 ? config.port() : p == null || p.isBlank() ? 0 : Integer.parseInt(p.strip());
        String h = context.getProperty("pcmt.ssh.host");
        String host = h != null && !h.isBlank() ? h.strip() : config.host();
        if (port > 0) {
            try {
                ssh = SshConsole.start(host, port, access.data(), users, sessions);
                System.out.println("SSH: " + host + ":" + port + " (ssh -p " + port + " USER@" + host + ")");
            } catch (Exception | LinkageError e) {
                LOG.error("The SSH console did not start on {}:{}: {}", host, port, e.toString());
                System.err.println("pcmt: SSH console not started on " + host + ":" + port + ": " + e.getMessage());
            }
        }
    }

    @Deactivate
    void deactivate() {
        for (AutoCloseable c : new AutoCloseable[] {batch, ssh}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    LOG.debug("closing {}: {}", c, e.toString());
                }
            }
        }
    }
}
