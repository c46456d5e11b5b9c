package vn.laocai.gate.events;

import java.time.Instant;
import java.util.List;

/**
 * A trader submitted (a version of) a declaration for a consignment. {@code documents}, added
 * after version 1, names the documents attached so far; it is null in older events.
 * {@code perishable} is clearance's decision that the consignment spoils (by the HS chapters of its
 * goods lines), so that no other service decides it again; it is null in older events.
 */
public record DeclarationSubmitted(
        String declarationId,
        int version,
        String declarantTaxCode,
        String declarantName,
        String consignee,
        String customsDeclarationNumber,
        String direction,
        String destinationCountry,
        List<String> bookingCodes,
        List<GoodsLine> goodsLines,
        Instant submittedAt,
        List<DocumentReference> documents,
        Boolean perishable) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
