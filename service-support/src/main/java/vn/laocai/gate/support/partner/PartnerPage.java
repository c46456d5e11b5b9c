package vn.laocai.gate.support.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A page of a partner read: its records, the range and page asked, and whether a next page has more. */
public record PartnerPage<T>(List<T> items,
                             @Schema(description = "Records at or after this instant") Instant from,
                             @Schema(description = "Records before this instant") Instant until,
                             @Schema(description = "The page, from 0") int page,
                             @Schema(description = "Records per page, at most 200") int size,
                             @Schema(description = "Whether page + 1 has records") boolean hasMore) {

    /** The page of {@code fetched}, which holds up to {@code size + 1} records: the one past the page tells there are more. */
    public static <T> PartnerPage<T> of(List<T> fetched, PartnerQuery query) {
        boolean more = fetched.size() > query.size();
        return new PartnerPage<>(more ? List.copyOf(fetched.subList(0, query.size())) : List.copyOf(fetched),
                query.from(), query.until(), query.page(), query.size(), more);
    }

    /** The same page of records shown as {@code view} shows them. */
    public <V> PartnerPage<V> map(java.util.function.Function<T, V> view) {
        return new PartnerPage<>(items.stream().map(view).toList(), from, until, page, size, hasMore);
    }
}
