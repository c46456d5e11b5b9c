package vn.laocai.gate.clearance.domain;

import java.math.BigDecimal;

/** A split lot's rejected quantity of one goods line, as the officer names it (the line's own unit). */
public record SplitLine(int lineNumber, BigDecimal quantity) {
}
