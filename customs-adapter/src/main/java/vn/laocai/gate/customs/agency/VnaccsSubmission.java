package vn.laocai.gate.customs.agency;

import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.GoodsLine;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A declaration lodged with VNACCS, fields after the WCO data model (see the agency simulator's README). */
public record VnaccsSubmission(
        String submissionId,
        String declarationId,
        int version,
        String customsDeclarationNumber,
        Party declarant,
        String consignee,
        String direction,
        String destinationCountry,
        Transport transport,
        List<GoodsItem> goodsItems) {

    public record Party(String taxCode, String name) {
    }

    public record Transport(List<String> bookingCodes) {
    }

    public record GoodsItem(int sequenceNumber, String hsCode, String description, BigDecimal quantity, String unit,
                            BigDecimal netWeightKg, BigDecimal grossWeightKg, BigDecimal value, String currency,
                            String originCountry) {
    }

    public static VnaccsSubmission of(UUID submissionId, DeclarationSubmitted d) {
        List<GoodsLine> lines = d.goodsLines() == null ? List.of() : d.goodsLines();
        return new VnaccsSubmission(submissionId.toString(), d.declarationId(), d.version(),
                d.customsDeclarationNumber(), new Party(d.declarantTaxCode(), d.declarantName()), d.consignee(),
                d.direction(), d.destinationCountry(), new Transport(d.bookingCodes()),
                lines.stream().map(l -> new GoodsItem(l.lineNumber(), l.hsCode(), l.description(), l.quantity(), l.unit(),
                        l.netWeightKg(), l.grossWeightKg(), l.value(), l.currency(), l.originCountry())).toList());
    }
}
