package vn.laocai.gate.simulator.customs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * A customs declaration as lodged with VNACCS, its fields named after the WCO data model:
 * the declaration, its parties (declarant, consignee), the means of transport and the goods items.
 * {@code submissionId} is the sender's idempotency key.
 */
@Schema(name = "DeclarationSubmission")
public record DeclarationSubmission(
        @Schema(example = "3c5b9a4e-2f1d-4a7b-8c6e-0d9f1e2a3b4c", description = "Idempotency key of the sender")
        String submissionId,
        @Schema(example = "6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f") String declarationId,
        @Schema(example = "1") int version,
        @Schema(example = "305123456789", description = "12-digit VNACCS declaration number") String customsDeclarationNumber,
        Party declarant,
        @Schema(example = "Hekou Fruit Trading Co., Ltd.") String consignee,
        @Schema(example = "EXPORT", enumeration = {"EXPORT", "IMPORT"}) String direction,
        @Schema(example = "CN") String destinationCountry,
        Transport transport,
        List<GoodsItem> goodsItems,
        @Schema(deprecated = true, nullable = true, description = "Refused when present (400, field callbackUrl): "
                + "callback targets are configured, not requested") String callbackUrl) {

    /** The declarant: enterprise tax code (MST) and name. */
    public record Party(
            @Schema(example = "5300123456") String taxCode,
            @Schema(example = "Cong ty TNHH Nong san Lao Cai") String name) {
    }

    /** The border means of transport, identified by the gate's booking codes. */
    public record Transport(@Schema(example = "[\"KT2-7XK4P9\"]") List<String> bookingCodes) {
    }

    /** One goods item with its commodity (HS) classification, quantities and customs value. */
    public record GoodsItem(
            @Schema(example = "1") int sequenceNumber,
            @Schema(example = "08106000") String hsCode,
            @Schema(example = "Fresh durian, Ri6 variety, boxed") String description,
            @Schema(example = "18000") BigDecimal quantity,
            @Schema(example = "KGM") String unit,
            @Schema(example = "18000") BigDecimal netWeightKg,
            @Schema(example = "19500") BigDecimal grossWeightKg,
            @Schema(example = "54000") BigDecimal value,
            @Schema(example = "USD") String currency,
            @Schema(example = "VN") String originCountry) {
    }
}
