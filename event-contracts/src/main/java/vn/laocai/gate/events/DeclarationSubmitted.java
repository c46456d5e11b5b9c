package vn.laocai.gate.events;

import java.time.Instant;
import java.util.List;

/**
 * A trader submitted (a version of) a declaration for a consignment. {@code documents}, added
 * after version 1, names the documents attached so far; it is null in older events.
 * {@code perishable} is clearance's decision that the consignment spoils (by the HS chapters of its
 * goods lines), so that no other service decides it again; it is null in older events.
 * {@code consentIds} names, at the index of each booking code, the driver's consent under which the
 * consignment was linked to that booking ({@link BookingConsentGiven}); a vehicle carries it only
 * while that consent stands. An entry is null while clearance has not heard of the booking or its
 * consent yet (the link is pending: the consignment is not ready for the gate until it is linked) and
 * once such a link was refused. It is null in older events, whose links predate consent.
 * {@code ownerAccount} is the account that submitted the declaration (the trader signs in as it), the
 * pseudonymous reference by which the notification service finds the trader; null in older events.
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
        Boolean perishable,
        List<String> consentIds,
        String ownerAccount) implements GateEvent {

    /** A version written without the owner account, as before it travelled. */
    public DeclarationSubmitted(String declarationId, int version, String declarantTaxCode, String declarantName,
                                String consignee, String customsDeclarationNumber, String direction,
                                String destinationCountry, List<String> bookingCodes, List<GoodsLine> goodsLines,
                                Instant submittedAt, List<DocumentReference> documents, Boolean perishable,
                                List<String> consentIds) {
        this(declarationId, version, declarantTaxCode, declarantName, consignee, customsDeclarationNumber, direction,
                destinationCountry, bookingCodes, goodsLines, submittedAt, documents, perishable, consentIds, null);
    }

    /** A version written without consents, as before they existed. */
    public DeclarationSubmitted(String declarationId, int version, String declarantTaxCode, String declarantName,
                                String consignee, String customsDeclarationNumber, String direction,
                                String destinationCountry, List<String> bookingCodes, List<GoodsLine> goodsLines,
                                Instant submittedAt, List<DocumentReference> documents, Boolean perishable) {
        this(declarationId, version, declarantTaxCode, declarantName, consignee, customsDeclarationNumber, direction,
                destinationCountry, bookingCodes, goodsLines, submittedAt, documents, perishable, null, null);
    }

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
