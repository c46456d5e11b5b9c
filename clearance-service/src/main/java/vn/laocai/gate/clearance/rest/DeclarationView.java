package vn.laocai.gate.clearance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.GoodsItem;
import vn.laocai.gate.clearance.domain.TimelineEntry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A declaration and where its clearance stands, as the trader and the officers see it. */
@Schema(name = "Declaration")
public record DeclarationView(
        String id,
        int version,
        @Schema(example = "IN_CUSTOMS") String status,
        String declarantTaxCode,
        String declarantName,
        String consignee,
        @Schema(example = "305123456789") String customsDeclarationNumber,
        @Schema(example = "EXPORT") String direction,
        @Schema(example = "CN") String destinationCountry,
        List<String> bookingCodes,
        @Schema(example = "GREEN") String customsChannel,
        String customsReference,
        Instant submittedAt,
        Instant clearedAt,
        List<Line> goodsLines) {

    /** One goods line. */
    @Schema(name = "GoodsLineView")
    public record Line(int lineNumber, String hsCode, String description, BigDecimal quantity, String unit,
                       BigDecimal netWeightKg, BigDecimal grossWeightKg, BigDecimal value, String currency,
                       String originCountry) {

        static Line of(GoodsItem g) {
            return new Line(g.lineNumber(), g.hsCode(), g.description(), g.quantity(), g.unit(), g.netWeightKg(),
                    g.grossWeightKg(), g.value(), g.currency(), g.originCountry());
        }
    }

    /** One step of the timeline. */
    @Schema(name = "TimelineEntry")
    public record Step(Instant at, @Schema(example = "CUSTOMS_CHANNEL_ASSIGNED") String step,
                       @Schema(example = "customs") String actor, String detail) {

        static Step of(TimelineEntry t) {
            return new Step(t.at(), t.step(), t.actor(), t.detail());
        }
    }

    static DeclarationView of(Declaration d) {
        return new DeclarationView(d.id().toString(), d.declarationVersion(), d.status().name(),
                d.declarant().taxCode(), d.declarant().name(), d.consignee(), d.customsDeclarationNumber(),
                d.direction(), d.destinationCountry(), d.bookingCodes(), d.customsChannel(), d.customsReference(),
                d.submittedAt(), d.clearedAt(), d.goodsLines().stream().map(Line::of).toList());
    }
}
