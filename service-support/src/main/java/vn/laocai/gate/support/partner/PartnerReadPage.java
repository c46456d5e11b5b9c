package vn.laocai.gate.support.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The schema of a page of the read log in the API documents ({@link PartnerPage} of {@link PartnerRead}). */
@Schema(name = "PartnerReadPage")
public record PartnerReadPage(List<PartnerRead> items, Instant from, Instant until, int page, int size, boolean hasMore) {
}
