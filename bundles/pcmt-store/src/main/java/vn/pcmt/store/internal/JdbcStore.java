package vn.pcmt.store.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import vn.pcmt.api.ProgressStore;
import vn.pcmt.api.StoreException;

/**
 * The {@link ProgressStore} on whatever database the configured {@link DataSourceFactory} opens: H2 embedded, in
 * the data folder, by default. Another database is configuration: {@code config/vn.pcmt.store.cfg} with its
 * {@code url}, and {@code dataSourceFactory.target} selecting its driver's DataSourceFactory. Delayed: the database
 * is opened when a command first needs it, not at start-up.
 */
@Component(service = ProgressStore.class, configurationPid = "vn.pcmt.store",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = JdbcStore.Config.class)
public final class JdbcStore implements ProgressStore {

    @ObjectClassDefinition(name = "pcmt store", description = "Where progress, status and audit are kept")
    public @interface Config {
        @AttributeDefinition(description = "JDBC URL; empty: an H2 file database DATA/db/pcmt (AUTO_SERVER lets a"
                + " second console on the same data folder share it)")
        String url() default "";

        String user() default "sa";

        String password() default "";

        @AttributeDefinition(description = "who is recorded in the audit log; empty: the OS user")
        String operator() default "";

        @AttributeDefinition(description = "selects the driver's DataSourceFactory service")
        String dataSourceFactory_target() default "(osgi.jdbc.driver.class=org.h2.Driver)";
    }

    private final Database db;

    @Activate
    public JdbcStore(@Reference(name = "dataSourceFactory") DataSourceFactory factory, Config config,
            BundleContext context) throws StoreException {
        String url = config.url().isBlank() ? defaultUrl(context) : config.url();
        Properties p = new Properties();
        p.setProperty(DataSourceFactory.JDBC_URL, url);
        p.setProperty(DataSourceFactory.JDBC_USER, config.user());
        p.setProperty(DataSourceFactory.JDBC_PASSWORD, config.password());
        String operator = !config.operator().isBlank() ? config.operator()
                : context.getProperty("pcmt.operator") != null ? context.getProperty("pcmt.operator")
                : System.getProperty("user.name", "unknown");
        try {
            this.db = new Database(factory.createDataSource(p), operator);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + url + ": " + e.getMessage(), e);
        }
    }

    static String defaultUrl(BundleContext context) {
        String data = context.getProperty("pcmt.data");
        Path file = Path.of(data == null ? "data" : data, "db", "pcmt").toAbsolutePath();
        return "jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE";
    }

    @Override
    public Status updateStatus(String plan, String assignment, Status status, String note) throws StoreException {
        return db.updateStatus(plan, assignment, status, note);
    }

    @Override
    public Map<String, StatusChange> statuses(String plan) throws StoreException {
        return db.statuses(plan);
    }

    @Override
    public List<StatusChange> statusHistory(String plan, String assignment) throws StoreException {
        return db.statusHistory(plan, assignment);
    }

    @Override
    public void audit(String action, String subject, String oldValue, String newValue) throws StoreException {
        db.audit(action, subject, oldValue, newValue);
    }

    @Override
    public List<AuditEntry> audit(LocalDate since) throws StoreException {
        return db.audit(since);
    }

    @Override
    public String operator() {
        return db.operator();
    }
}
