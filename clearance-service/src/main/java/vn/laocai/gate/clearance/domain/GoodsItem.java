package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import vn.laocai.gate.events.GoodsLine;

import java.math.BigDecimal;
import java.util.Set;

/** One goods line of a declaration. HS codes are kept as digits only. */
@Embeddable
public class GoodsItem {

    /** Chapters of goods that spoil: live animals, meat, fish, dairy, plants, vegetables, fruit. */
    static final Set<String> PERISHABLE_CHAPTERS = Set.of("01", "02", "03", "04", "06", "07", "08");

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(name = "hs_code", nullable = false)
    private String hsCode;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private BigDecimal quantity;

    @Column(nullable = false)
    private String unit;

    @Column(name = "net_weight_kg", nullable = false)
    private BigDecimal netWeightKg;

    @Column(name = "gross_weight_kg", nullable = false)
    private BigDecimal grossWeightKg;

    @Column(name = "value_amount", nullable = false)
    private BigDecimal value;

    @Column(nullable = false)
    private String currency;

    @Column(name = "origin_country", nullable = false)
    private String originCountry;

    protected GoodsItem() {
    }

    public GoodsItem(int lineNumber, String hsCode, String description, BigDecimal quantity, String unit,
                     BigDecimal netWeightKg, BigDecimal grossWeightKg, BigDecimal value, String currency,
                     String originCountry) {
        this.lineNumber = lineNumber;
        this.hsCode = hsCode.replace(".", "");
        this.description = description.strip();
        this.quantity = quantity;
        this.unit = unit.strip().toUpperCase(java.util.Locale.ROOT);
        this.netWeightKg = netWeightKg;
        this.grossWeightKg = grossWeightKg;
        this.value = value;
        this.currency = currency;
        this.originCountry = originCountry;
    }

    public int lineNumber() {
        return lineNumber;
    }

    public String hsCode() {
        return hsCode;
    }

    /** The HS chapter (first two digits): 08 is edible fruit. */
    public String hsChapter() {
        return hsCode.substring(0, 2);
    }

    /**
     * Whether the goods spoil (their HS chapter is one of {@link #PERISHABLE_CHAPTERS}): the one place the
     * platform decides it; the declaration's events carry the answer to the queue.
     */
    public boolean perishable() {
        return PERISHABLE_CHAPTERS.contains(hsChapter());
    }

    public String description() {
        return description;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal netWeightKg() {
        return netWeightKg;
    }

    public BigDecimal grossWeightKg() {
        return grossWeightKg;
    }

    public BigDecimal value() {
        return value;
    }

    public String currency() {
        return currency;
    }

    public String originCountry() {
        return originCountry;
    }

    /** The line as the declaration's events carry it. */
    GoodsLine asLine() {
        return new GoodsLine(lineNumber, hsCode, description, quantity, unit, netWeightKg, grossWeightKg, value, currency,
                originCountry);
    }

    /** Every declared value of the line, to tell whether an amendment changed the goods. */
    String signature() {
        return String.join("|", String.valueOf(lineNumber), hsCode, description, quantity.stripTrailingZeros().toPlainString(),
                unit, netWeightKg.stripTrailingZeros().toPlainString(), grossWeightKg.stripTrailingZeros().toPlainString(),
                value.stripTrailingZeros().toPlainString(), currency, originCountry);
    }
}
