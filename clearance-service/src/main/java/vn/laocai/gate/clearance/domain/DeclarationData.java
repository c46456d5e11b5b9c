package vn.laocai.gate.clearance.domain;

import vn.laocai.gate.support.domain.RuleViolation;

import java.util.List;

/** What a trader declares (first or amended): parties, procedure, the bookings it travels on and the goods. */
public record DeclarationData(
        Declarant declarant,
        String consignee,
        String customsDeclarationNumber,
        Direction direction,
        String destinationCountry,
        CustomsProcedure procedure,
        boolean inlandDelivery,
        List<String> bookingCodes,
        List<GoodsItem> goodsLines) {

    /** VNACCS accepts at most 50 goods lines on one declaration. */
    public static final int MAX_GOODS_LINES = 50;

    /**
     * Checks the rules any version of a declaration keeps.
     *
     * @throws RuleViolation when a rule refuses it (too many lines, gross below net weight, inland delivery of an export)
     */
    void check() {
        if (goodsLines.isEmpty() || goodsLines.size() > MAX_GOODS_LINES) {
            throw new RuleViolation("goods-lines-limit", "goodsLines",
                    "goodsLines: a declaration holds 1 to " + MAX_GOODS_LINES + " goods lines, not " + goodsLines.size())
                    .with("max", MAX_GOODS_LINES).with("count", goodsLines.size());
        }
        for (int i = 0; i < goodsLines.size(); i++) {
            GoodsItem item = goodsLines.get(i);
            if (item.grossWeightKg().compareTo(item.netWeightKg()) < 0) {
                throw new RuleViolation("gross-below-net", "goodsLines[" + i + "].grossWeightKg",
                        "goodsLines[" + i + "].grossWeightKg " + item.grossWeightKg()
                                + " is below the net weight " + item.netWeightKg())
                        .with("gross", item.grossWeightKg()).with("net", item.netWeightKg());
            }
        }
        if (inlandDelivery && direction != Direction.IMPORT) {
            throw new RuleViolation("inland-delivery-of-export", "inlandDelivery",
                    "inlandDelivery: only an import can be delivered inland");
        }
    }

    /** The procedure declared, {@link CustomsProcedure#STANDARD} when none was. */
    CustomsProcedure procedureOrStandard() {
        return procedure == null ? CustomsProcedure.STANDARD : procedure;
    }
}
