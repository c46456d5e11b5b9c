package vn.laocai.gate.events;

import java.time.Instant;
import java.util.List;

/** A trader submitted (a version of) a declaration for a consignment. */
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
        Instant submittedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
