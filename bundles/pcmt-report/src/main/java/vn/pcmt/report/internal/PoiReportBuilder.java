package vn.pcmt.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import vn.pcmt.api.Clock;
import vn.pcmt.api.Plan;
import vn.pcmt.api.PlanRegistry;
import vn.pcmt.api.PlanService;
import vn.pcmt.api.ProgressStore;
import vn.pcmt.api.StoreException;
import vn.pcmt.api.report.ReportBuilder;
import vn.pcmt.api.report.ReportingService;

/**
 * {@link ReportBuilder} on Apache POI (XWPF, XSSF) and JFreeChart. A delayed component: its class, POI's and AWT's
 * are loaded when a report is first built, never at start-up. The three files are written to temporary files in
 * the output folder, then moved into place: a failure leaves no half-written file and keeps the earlier report.
 */
@Component(service = ReportBuilder.class, configurationPid = "vn.pcmt.report",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@org.osgi.service.metatype.annotations.Designate(ocd = PoiReportBuilder.Config.class)
public final class PoiReportBuilder implements ReportBuilder {
    @org.osgi.service.metatype.annotations.ObjectClassDefinition(name = "pcmt reports",
            description = "config/vn.pcmt.report.cfg: how report:build's documents are headed")
    public @interface Config {
        @org.osgi.service.metatype.annotations.AttributeDefinition(description = "the body that writes the report, as"
                + " in the heading (e.g. BAN CHỈ ĐẠO 138 TỈNH HƯNG YÊN); empty: the police of the plan's province")
        String issuer() default "";

        @org.osgi.service.metatype.annotations.AttributeDefinition(description = "the issuer's part of the report's"
                + " number, Số: …/BC-SYMBOL (e.g. BCĐ); empty: CAT for the police, else CQTT")
        String symbol() default "";
    }

    static {
        // log4j-api (POI's logging) starts in the console only; without its activator it would look for a provider
        // and complain on stderr: its simple logger, errors only, is enough for a library that throws on failure
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        // and no "Log4j API could not find a logging provider" line in front of the operator (its status logger)
        if (System.getProperty("log4j2.statusLoggerLevel") == null) {
            System.setProperty("log4j2.statusLoggerLevel", "OFF");
        }
    }

    private final PlanRegistry registry;
    private final ProgressStore store;
    private final ReportingService rounds;
    private final Clock clock;
    /** The heading's issuing body from the settings; blank: derived from the plan (Texts.issuingBody). */
    private final String issuer;
    private final String symbol;

    @Activate
    public PoiReportBuilder(@Reference PlanRegistry registry, @Reference ProgressStore store,
            @Reference ReportingService rounds, @Reference Clock clock, Config config) {
        this.issuer = config.issuer();
        this.symbol = config.symbol();
        this.registry = registry;
        this.store = store;
        this.rounds = rounds;
        this.clock = clock;
    }

    @Override
    public Built build(String planId, String periodCode, LocalDate asOf, Path folder) throws StoreException {
        Plan p = registry.plan(planId).map(PlanService::plan).orElseThrow(() -> new StoreException(Words.t("plan.unknown",
                planId, String.join(", ", registry.plans().stream().map(ps -> ps.plan().id()).toList()))));
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(periodCode);
        } catch (IllegalArgumentException e) {
            throw new StoreException(e.getMessage());
        }
        LocalDate today = clock.today();
        if (period.start().isAfter(today)) {
            throw new StoreException(Words.t("period.notBegun", period.code(), today));
        }
        LocalDate day = asOf != null ? asOf : period.end().isBefore(today) ? period.end() : today;
        Path dir = folder(folder);
        ReportData d = ReportData.collect(p, period, day, store, rounds).issuedBy(issuer, symbol);
        String base = p.id() + "-" + period.code();
        List<Path[]> moves = new ArrayList<>();
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        // log4j-api (POI's logging) loads the factory named above through the context class loader: its own
        t.setContextClassLoader(org.apache.logging.log4j.LogManager.class.getClassLoader());
        org.apache.logging.log4j.LogManager.getFactory();
        // XMLBeans finds its schema types through the context class loader: lib-poi's, whatever the caller's is
        t.setContextClassLoader(org.apache.poi.xwpf.usermodel.XWPFDocument.class.getClassLoader());
        try {
            List<Charts.Chart> charts = Charts.of(d);
            moves.add(write(dir, base + "-bao-cao.docx", out -> DocxReport.write(d, charts, today, out)));
            moves.add(write(dir, base + "-phu-luc.xlsx", out -> XlsxReport.write(d, out)));
            moves.add(write(dir, base + "-bao-cao.html", out -> out.write(HtmlReport.write(d, charts, today)
                    .getBytes(StandardCharsets.UTF_8))));
            List<Path> files = new ArrayList<>();
            for (Path[] m : moves) {
                move(m[0], m[1]);
                files.add(m[1]);
            }
            return new Built(files, period.code(), day);
        } catch (IOException | RuntimeException e) {
            throw new StoreException(Words.t("write.failed", e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), dir), e);
        } finally {
            t.setContextClassLoader(before);
            for (Path[] m : moves) {
                try {
                    Files.deleteIfExists(m[0]);
                } catch (IOException ignored) {
                    // a temporary file that cannot be removed is harmless: hidden, named .pcmt-*.tmp
                }
            }
        }
    }

    /** The output folder, made if its parent exists; a clear error when it cannot be used. */
    static Path folder(Path folder) throws StoreException {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(Words.t("output.isFile", folder));
        }
        if (!Files.exists(dir)) {
            Path parent = dir.getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new StoreException(Words.t("output.noParent", folder, parent));
            }
            try {
                Files.createDirectory(dir);
            } catch (IOException e) {
                throw new StoreException(Words.t("output.cannotMake", folder, reason(e)));
            }
        }
        if (!Files.isWritable(dir)) {
            throw new StoreException(Words.t("output.notWritable", folder));
        }
        return dir;
    }

    private static String reason(IOException e) {
        return e instanceof AccessDeniedException ? Words.t("reason.denied")
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getClass().getSimpleName();
    }

    private interface Content {
        void write(OutputStream out) throws IOException;
    }

    private static Path[] write(Path dir, String name, Content c) throws IOException {
        Path tmp = Files.createTempFile(dir, ".pcmt-" + name + "-", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            try {
                // a temporary file is made private (rw-------); the report is an ordinary document
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's ACL applies
            }
            c.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return new Path[] {tmp, dir.resolve(name)};
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
