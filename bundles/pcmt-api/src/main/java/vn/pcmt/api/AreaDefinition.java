package vn.pcmt.api;

import java.util.List;
import java.util.Objects;

/**
 * What an area bundle brings: the pillar, its indicator catalogue, and the keywords by which plan items that their
 * author did not attribute are classified into it. Registered as a service (property {@link DomainArea#AREA}) by the
 * extender for every bundle with a {@code Pcmt-Area} header; it goes when the bundle stops.
 *
 * @param keywords lower-case, without diacritics (see {@link Text#fold})
 */
public record AreaDefinition(DomainArea area, List<CatalogueIndicator> indicators, List<String> keywords) {
    public AreaDefinition {
        Objects.requireNonNull(area, "area");
        indicators = List.copyOf(indicators);
        keywords = List.copyOf(keywords);
    }

    public String code() {
        return area.code();
    }
}
