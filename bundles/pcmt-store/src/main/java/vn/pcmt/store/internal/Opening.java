package vn.pcmt.store.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.Supplier;
import org.osgi.framework.BundleContext;
import org.osgi.service.jdbc.DataSourceFactory;
import vn.pcmt.api.StoreException;

/**
 * Which database the store opens and how: the configured URL or an H2 file in the data folder, that file's folder
 * made first, the password generated for it, and, when it cannot be opened, the reason said once in the log and
 * kept for every store command.
 */
final class Opening {
    /** Under the component's name: what the log has always called the store's opening. */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JdbcStore.class);

    private Opening() {}

    /**
     * Opens and migrates the configured database; throws, after logging it, the reason it cannot, in the operator's
     * language.
     */
    static Store open(DataSourceFactory factory, JdbcStore.Config config, BundleContext context, String data,
            Supplier<Audit.Actor> actor) throws StoreException {
        boolean defaults = config.url().isBlank();
        String url = defaults ? defaultUrl(data) : config.url();
        Store opened = null;
        try {
            if (factory == null) {
                throw new StoreException(noDriver(config.dataSourceFactory_target(), context));
            }
            Path folder = createFolder(url);
            // the default database: a generated password in an owner-only file instead of sa with an empty one
            boolean generated = defaults && config.password().isEmpty() && folder != null;
            String password = generated ? DbPassword.ensure(folder) : config.password();
            boolean shared = url.toUpperCase().contains("AUTO_SERVER=TRUE");
            boolean h2File = folder != null;
            try {
                opened = new Store(factory.createDataSource(props(url, config.user(), password)), actor, shared,
                        h2File);
            } catch (StoreException e) {
                if (!generated || !wrongPassword(e)) {
                    throw e;
                }
                // a database made before the password: still on the empty one; move it to the generated password
                setPassword(factory.createDataSource(props(url, config.user(), "")), config.user(), password);
                opened = new Store(factory.createDataSource(props(url, config.user(), password)), actor, shared,
                        h2File);
                LOG.info("The database {} now takes the password kept in {}", url, folder.resolve(DbPassword.FILE));
            }
            if (folder != null) {
                OwnerOnly.restrict(folder); // what H2 made there (files, lock file holding the server's key)
            }
            return opened;
        } catch (SQLException | StoreException | java.io.IOException e) {
            // logged once, and said again by every store command (the component stays active, so the commands
            // that need it are there and name the reason instead of vanishing or pointing at the log)
            String disk = Faults.openFailure(e, h2Folder(url));
            String why = disk != null ? disk : String.valueOf(e.getMessage()).replaceAll("\\s*\\[\\d+-\\d+]", "");
            LOG.error("The progress store did not start: database {}: {}", url, why);
            StoreException failure = new StoreException(Words.t("store.failed", url, why), e);
            if (opened != null) {
                opened.close();
            }
            throw failure;
        }
    }

    /**
     * No DataSourceFactory matches the configured target (a driver not deployed, or a mistyped class): which target,
     * where it is set, and the drivers that are there.
     */
    private static String noDriver(String target, BundleContext context) {
        java.util.TreeSet<String> drivers = new java.util.TreeSet<>();
        try {
            for (var ref : context.getServiceReferences(DataSourceFactory.class, null)) { // a collection, maybe empty
                drivers.add(String.valueOf(ref.getProperty(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS)));
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new AssertionError(e); // no filter given
        }
        return Words.t("store.noDriver", target, drivers.isEmpty() ? "-" : String.join(", ", drivers));
    }

    private static Properties props(String url, String user, String password) {
        Properties p = new Properties();
        p.setProperty(DataSourceFactory.JDBC_URL, url);
        p.setProperty(DataSourceFactory.JDBC_USER, user);
        p.setProperty(DataSourceFactory.JDBC_PASSWORD, password);
        return p;
    }

    /** H2's "Wrong user name or password" (28000) somewhere in the causes. */
    private static boolean wrongPassword(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException se && (se.getErrorCode() == 28000 || "28000".equals(se.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static void setPassword(javax.sql.DataSource old, String user, String password) throws SQLException {
        try (java.sql.Connection c = old.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("ALTER USER \"" + user.toUpperCase().replace("\"", "") + "\" SET PASSWORD '"
                    + password.replace("'", "''") + "'");
        }
    }

    /** The folder of an H2 file database's URL; null for another database, in memory or over the network. */
    static Path h2Folder(String url) {
        if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:tcp:")
                || url.startsWith("jdbc:h2:ssl:")) {
            return null;
        }
        String path = url.substring("jdbc:h2:".length()).replaceFirst("^file:", "");
        int semi = path.indexOf(';');
        String name = semi < 0 ? path : path.substring(0, semi);
        Path file = Path.of(name.startsWith("~") ? System.getProperty("user.home") + name.substring(1) : name);
        return file.toAbsolutePath().getParent();
    }

    /**
     * Creates the folder of an H2 file database, so that a folder that cannot be made is one clear error rather than
     * H2's stack traces on the console (it prints them when it cannot write its trace file there).
     */
    static Path createFolder(String url) throws StoreException {
        Path folder = h2Folder(url);
        if (folder == null) {
            return null;
        }
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException | SecurityException e) {
            throw new StoreException(Words.t("folder.cannotCreate", folder, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
        if (!java.nio.file.Files.isWritable(folder)) {
            throw new StoreException(Words.t("folder.notWritable", folder));
        }
        return folder;
    }

    static String defaultUrl(String data) {
        Path file = Path.of(data, "db", "pcmt").toAbsolutePath();
        // (H2 refuses DB_CLOSE_ON_EXIT=FALSE with AUTO_SERVER: a console losing its server mid-work retries instead)
        // WRITE_DELAY=0: each commit writes the file before it returns (H2's default, 500 ms, confirmed writes
        // that a kill -9 then lost); the store also forces each write to the disk (Database.forceToDisk)
        return "jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }
}
