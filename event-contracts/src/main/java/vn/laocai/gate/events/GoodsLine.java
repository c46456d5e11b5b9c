package vn.laocai.gate.events;

import java.math.BigDecimal;

/** One goods line of a declaration as carried in events. */
public record GoodsLine(
        int lineNumber,
        String hsCode,
        String description,
        BigDecimal quantity,
        String unit,
        BigDecimal netWeightKg,
        BigDecimal grossWeightKg,
        BigDecimal value,
        String currency,
        String originCountry) {
}
