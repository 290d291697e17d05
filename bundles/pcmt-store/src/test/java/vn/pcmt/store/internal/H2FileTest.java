package vn.pcmt.store.internal;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;

/** A real H2 file database in a fresh folder for each test, opened as the store opens it (AUTO_SERVER). */
abstract class H2FileTest {
    @TempDir
    Path dir;

    JdbcDataSource ds() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("db") + ";AUTO_SERVER=TRUE");
        ds.setUser("sa");
        return ds;
    }
}
