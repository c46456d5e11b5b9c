package vn.laocai.gate.clearance.application;

import vn.laocai.gate.clearance.domain.Declarant;
import vn.laocai.gate.clearance.domain.GoodsItem;

import java.util.List;

/** A trader's declaration, validated for form; the service checks it against what the platform knows. */
public record SubmitDeclaration(
        String account,
        Declarant declarant,
        String consignee,
        String customsDeclarationNumber,
        String direction,
        String destinationCountry,
        List<String> bookingCodes,
        List<GoodsItem> goodsLines) {
}
