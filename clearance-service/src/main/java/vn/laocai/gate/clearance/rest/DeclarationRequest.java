package vn.laocai.gate.clearance.rest;

import jakarta.validation.constraints.DecimalMax;
import vn.laocai.gate.support.validation.Bounds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.laocai.gate.clearance.domain.CustomsProcedure;
import vn.laocai.gate.clearance.domain.Declarant;
import vn.laocai.gate.clearance.domain.DeclarationData;
import vn.laocai.gate.clearance.domain.Direction;
import vn.laocai.gate.clearance.domain.GoodsItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What a trader or customs broker sends to declare a consignment. */
@Schema(name = "DeclarationRequest", description = "Pre-declaration of one consignment")
public record DeclarationRequest(
        @NotNull @Valid
        Party declarant,
        @NotBlank @Size(max = Bounds.ENTERPRISE_NAME)
        @Schema(example = "Hekou Fruit Trading Co., Ltd.")
        String consignee,
        @NotBlank @Size(max = 12) @Pattern(regexp = "\\d{12}", message = "{constraint.declaration-number}")
        @Schema(example = "305123456789")
        String customsDeclarationNumber,
        @NotBlank @Size(max = 6) @Pattern(regexp = "EXPORT|IMPORT", message = "{constraint.direction}")
        @Schema(example = "EXPORT")
        String direction,
        @NotBlank @Size(max = 2) @Pattern(regexp = Bounds.COUNTRY, message = "{constraint.country}")
        @Schema(example = "CN")
        String destinationCountry,
        @Size(max = Bounds.CODE_WORD) @Pattern(regexp = "STANDARD|TEMPORARY_IMPORT_REEXPORT|TRANSSHIPMENT",
                message = "{constraint.procedure}")
        @Schema(description = "Customs procedure; STANDARD when absent", example = "STANDARD")
        String procedure,
        @Schema(description = "An import delivered inland rather than within the border economic zone (fee x 130%)", example = "false")
        Boolean inlandDelivery,
        @NotEmpty @Size(max = 10, message = "{constraint.vehicles}")
        @Schema(description = "Booking codes of the vehicles that carry the consignment", example = "[\"KT2-7XK4P9\"]")
        List<@NotBlank @Size(max = Bounds.BOOKING_CODE_LENGTH) @Pattern(regexp = Bounds.BOOKING_CODE_UPPER, message = Bounds.BOOKING_CODE_MESSAGE) String> bookingCodes,
        @Size(max = 10, message = "{constraint.share-codes}")
        @Schema(description = "The share code each booking's driver gave to consent to the link, at the index of its booking code "
                + "(the same length as bookingCodes): 8 characters of Crockford base32 such as 7KQ2-M9XD, in any case, the dash "
                + "optional. Needed for every booking newly named; a booking already linked under the consent that still stands "
                + "needs none on an amendment (null or empty there).", example = "[\"7KQ2-M9XD\"]")
        List<@Size(max = 20, message = "{constraint.share-code}") String> shareCodes,
        @NotEmpty @Size(max = 50, message = "{constraint.goods-lines}")
        List<@NotNull @Valid Line> goodsLines,
        @Size(max = Bounds.ORGANISATION_ID_LENGTH) @Pattern(regexp = Bounds.ORGANISATION_ID, message = Bounds.ORGANISATION_ID_MESSAGE)
        @Schema(description = "The trading company declared for (its tax code or credit code), which must be the declarant: the caller "
                + "is its declarant or manager, or an agent of a customs broker it authorised. Absent: the company the caller is the "
                + "declarant or manager of, when exactly one; else no company.", example = "5301000115")
        String onBehalfOf) {

    /** An HS code of 6 or 8 digits, dotted or not (0810.60, 0810.60.00, 08106000). */
    static final String HS_CODE = "\\d{6}|\\d{8}|\\d{4}\\.\\d{2}(\\.\\d{2})?";

    /**
     * The largest quantity of a goods line, in its unit: a consignment of at most 10 trucks of 40 t counted in
     * grams stays below it. The columns ({@code numeric(18,3)}) hold 15 digits before the point.
     */
    static final String MAX_QUANTITY = "1000000000";
    /** The heaviest goods line: ten 40-tonne trucks are 400,000 kg. */
    static final String MAX_WEIGHT_KG = "1000000";
    /** The highest value of a goods line, in any of VND, CNY or USD; its column ({@code numeric(18,2)}) holds 16 digits before the point. */
    static final String MAX_VALUE = "1000000000000000";

    /** The declaration as the domain takes it; goods lines are numbered from 1. */
    DeclarationData toData() {
        List<GoodsItem> lines = new ArrayList<>();
        for (int i = 0; i < goodsLines.size(); i++) {
            Line l = goodsLines.get(i);
            lines.add(new GoodsItem(i + 1, l.hsCode(), l.description(), l.quantity(), l.unit(), l.netWeightKg(),
                    l.grossWeightKg(), l.value(), l.currency(), l.originCountry()));
        }
        return new DeclarationData(new Declarant(declarant.taxCode(), declarant.name()), consignee, customsDeclarationNumber,
                Direction.valueOf(direction), destinationCountry, procedure == null ? CustomsProcedure.STANDARD : CustomsProcedure.valueOf(procedure),
                Boolean.TRUE.equals(inlandDelivery), bookingCodes, lines);
    }

    /** The declaring enterprise. */
    @Schema(name = "Declarant")
    public record Party(
            @NotBlank @Size(max = 14) @Pattern(regexp = Bounds.TAX_CODE, message = "{constraint.tax-code}")
            @Schema(example = "5300123456")
            String taxCode,
            @NotBlank @Size(max = Bounds.ENTERPRISE_NAME)
            @Schema(example = "Cong ty TNHH Nong san Lao Cai")
            String name) {
    }

    /** One goods line. */
    @Schema(name = "GoodsLine")
    public record Line(
            @NotBlank @Size(max = 10) @Pattern(regexp = HS_CODE, message = "{constraint.hs-code}")
            @Schema(example = "0810.60.00")
            String hsCode,
            @NotBlank @Size(min = 3, max = 500)
            @Schema(example = "Fresh durian, Ri6 variety, boxed")
            String description,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(MAX_QUANTITY)
            @Schema(example = "18000")
            BigDecimal quantity,
            @NotBlank @Size(max = 10)
            @Schema(example = "KGM")
            String unit,
            @NotNull @PositiveOrZero @DecimalMax(MAX_WEIGHT_KG)
            @Schema(example = "18000")
            BigDecimal netWeightKg,
            @NotNull @PositiveOrZero @DecimalMax(MAX_WEIGHT_KG)
            @Schema(example = "19500")
            BigDecimal grossWeightKg,
            @NotNull @PositiveOrZero @DecimalMax(MAX_VALUE)
            @Schema(example = "54000")
            BigDecimal value,
            @NotBlank @Size(max = 3) @Pattern(regexp = "VND|CNY|USD", message = "{constraint.currency}")
            @Schema(example = "USD")
            String currency,
            @NotBlank @Size(max = 2) @Pattern(regexp = Bounds.COUNTRY, message = "{constraint.origin}")
            @Schema(example = "VN")
            String originCountry) {
    }
}
