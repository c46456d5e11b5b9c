package vn.laocai.gate.clearance.domain;

import java.util.List;

/** What a trader declares (first or amended): parties, procedure, the bookings it travels on and the goods. */
public record DeclarationData(
        Declarant declarant,
        String consignee,
        String customsDeclarationNumber,
        String direction,
        String destinationCountry,
        CustomsProcedure procedure,
        boolean inlandDelivery,
        List<String> bookingCodes,
        List<GoodsItem> goodsLines) {
}
