package vn.pcmt.api.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import vn.pcmt.api.StoreException;

/**
 * Builds the periodic report of a plan as documents: a .docx laid out as a Vietnamese administrative report
 * (Nghị định 30/2020/NĐ-CP), a .xlsx annex and a self-contained .html. Each file is written to a temporary file in
 * the output folder and moved into place, so a failure leaves nothing half-written.
 */
@ProviderType
public interface ReportBuilder {
    /** What was written. */
    record Built(List<Path> files, String period, LocalDate asOf) {}

    /**
     * @param period {@code 2026-H1}, {@code 2026-H2} or {@code 2026}
     * @param asOf   the day the figures are taken on; null: the end of the period, or today if earlier
     */
    Built build(String plan, String period, LocalDate asOf, Path outputFolder) throws StoreException;
}
