package vn.pcmt.api;

import java.time.LocalDate;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Today, for deadlines and progress. Configurable (framework property {@code pcmt.today}, ISO date) so that demos
 * and tests are reproducible; commands also take {@code --as-of DATE}.
 */
@ProviderType
public interface Clock {
    LocalDate today();
}
