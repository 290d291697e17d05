package vn.pcmt.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Versioned schema migrations: {@code db/V<n>__<what>.sql} resources, applied in order by one process at a time,
 * each in one transaction with its row in {@code schema_version}. H2 commits a DDL statement (CREATE, ALTER, DROP)
 * as it runs, so a process killed in the middle of a script leaves that script's DDL done so far: a database that
 * holds data is therefore copied first (see {@link #backup}), and the copy is what to restore.
 */
final class Migrations {
    /** The migrations of this release, in order. Adding one means adding its file and its name here. */
    static final List<String> SCRIPTS = List.of("V1__status_and_audit.sql", "V2__units_recognitions_figures.sql",
            "V3__rollup_index.sql", "V4__integer_figure_keys.sql",
            "V5__figure_totals.sql",
            "V7__report_rounds.sql",
            "V8__audit_chain.sql");

    private Migrations() {}

    /**
     * Applies what the database lacks, one process at a time; returns the version it is at afterwards. Consoles
     * started together on a new data folder each find the database unmigrated: the first takes a row lock on
     * {@code lock}, a connection of its own (H2 commits each DDL statement at once, so the migrating connection could
     * not hold it), and the others wait for it and then find nothing left to do.
     */
    static int apply(Connection c, Connection lock) throws SQLException, IOException {
        for (int attempt = 1;; attempt++) {
            try (Statement s = lock.createStatement()) {
                lock.setAutoCommit(true);
                s.execute("CREATE TABLE IF NOT EXISTS schema_lock (id INT PRIMARY KEY)");
                s.execute("MERGE INTO schema_lock KEY (id) VALUES (1)");
                break;
            } catch (SQLException e) {
                // two sessions creating the lock table at the same moment: one of them loses, and tries again
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
        lock.setAutoCommit(false);
        try (Statement s = lock.createStatement()) {
            s.execute("SET LOCK_TIMEOUT 300000"); // a large database's migration may take minutes
            s.executeQuery("SELECT id FROM schema_lock WHERE id = 1 FOR UPDATE").close();
            return apply(c, version(SCRIPTS.get(SCRIPTS.size() - 1)));
        } finally {
            lock.commit();
        }
    }

    /** Applies what the database lacks up to version {@code upTo} (tests start from an older schema). */
    static int apply(Connection c, int upTo) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, script VARCHAR(200) NOT NULL,"
                    + " applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        // by the number in each script's name, every one not yet applied: the numbers were shared out between
        // branches (V6, V7, V8), so a database may have a later one applied before an earlier one arrives
        java.util.Set<Integer> applied = new java.util.TreeSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
            while (rs.next()) {
                applied.add(rs.getInt(1));
            }
        }
        int current = applied.isEmpty() ? 0 : ((java.util.TreeSet<Integer>) applied).last();
        List<String> pending = SCRIPTS.stream().filter(n -> version(n) <= upTo && !applied.contains(version(n))).toList();
        if (!applied.isEmpty() && !pending.isEmpty()) {
            backup(c, version(pending.get(0)));
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (String script : pending) {
                int v = version(script);
                try (Statement s = c.createStatement()) {
                    for (String sql : statements(read(script))) {
                        s.execute(sql);
                    }
                }
                if (script.startsWith("V8__")) {
                    AuditChain.seal(c); // the entries written before the chain existed
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
                    p.setInt(1, v);
                    p.setString(2, script);
                    p.setObject(3, OffsetDateTime.now());
                    p.executeUpdate();
                }
                c.commit();
                current = Math.max(current, v);
            }
        } catch (SQLException | IOException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return current;
    }

    static int version(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    /**
     * Before migrating a database that holds data, a copy of it beside the file ({@code pcmt-before-V5-TIME.zip}),
     * since H2 commits DDL as it runs: a migration that fails half-way can be undone by restoring the copy
     * ({@code org.h2.tools.Restore}). Nothing for a database that is not an H2 file.
     */
    static void backup(Connection c, int toVersion) throws SQLException {
        String path;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DATABASE_PATH()")) {
            path = rs.next() ? rs.getString(1) : null;
        } catch (SQLException notH2) {
            return;
        }
        if (path == null) {
            return; // in memory
        }
        java.nio.file.Path zip = java.nio.file.Path.of(path + "-before-V" + toVersion + "-"
                + java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + ".zip");
        try (Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
        }
        org.slf4j.LoggerFactory.getLogger(Migrations.class).info("Database copied to {} before migrating it to V{}",
                zip, toVersion);
    }

    private static String read(String script) throws IOException {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/" + script)) {
            if (in == null) {
                throw new IOException("migration " + script + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Statements separated by ";" at line ends; "--" comment lines dropped. */
    static List<String> statements(String sql) {
        StringBuilder clean = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.strip().startsWith("--")) {
                clean.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(clean.toString().split(";\\s*\n")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }
}
