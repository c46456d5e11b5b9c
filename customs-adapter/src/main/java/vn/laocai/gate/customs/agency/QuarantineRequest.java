package vn.laocai.gate.customs.agency;

import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.GoodsLine;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A consignment registered with the plant/animal quarantine system: the declaration, the
 * declarant, the vehicles (bookings) and the goods items of plant or animal origin.
 */
public record QuarantineRequest(
        String submissionId,
        String declarationId,
        int version,
        String customsDeclarationNumber,
        VnaccsSubmission.Party declarant,
        String direction,
        String destinationCountry,
        List<String> bookingCodes,
        List<Item> goodsItems) {

    public record Item(int sequenceNumber, String hsCode, String description, BigDecimal netWeightKg,
                       String originCountry) {
    }

    public static QuarantineRequest of(UUID submissionId, DeclarationSubmitted d) {
        List<GoodsLine> lines = d.goodsLines() == null ? List.of() : d.goodsLines();
        return new QuarantineRequest(submissionId.toString(), d.declarationId(), d.version(),
                d.customsDeclarationNumber(), new VnaccsSubmission.Party(d.declarantTaxCode(), d.declarantName()),
                d.direction(), d.destinationCountry(), d.bookingCodes(),
                lines.stream().map(l -> new Item(l.lineNumber(), l.hsCode(), l.description(), l.netWeightKg(),
                        l.originCountry())).toList());
    }
}
