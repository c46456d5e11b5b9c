package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** The quantity of one goods line a split lot rejects (table {@code clearance_outcome_line}), in the line's unit. */
@Embeddable
public class RejectedQuantity {

    @Column(name = "outcome_number", nullable = false)
    private int outcomeNumber;

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(nullable = false)
    private BigDecimal quantity;

    @Column(nullable = false)
    private String unit;

    protected RejectedQuantity() {
    }

    RejectedQuantity(int outcomeNumber, int lineNumber, BigDecimal quantity, String unit) {
        this.outcomeNumber = outcomeNumber;
        this.lineNumber = lineNumber;
        this.quantity = quantity;
        this.unit = unit;
    }

    public int outcomeNumber() {
        return outcomeNumber;
    }

    public int lineNumber() {
        return lineNumber;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String unit() {
        return unit;
    }
}
