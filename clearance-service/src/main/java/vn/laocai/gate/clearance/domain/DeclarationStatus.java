package vn.laocai.gate.clearance.domain;

/** Where a consignment stands in clearance. */
public enum DeclarationStatus {
    /** Submitted (or amended) by the trader, waiting for the customs channel. */
    SUBMITTED,
    /** Customs has assigned a channel; the agencies are working through their steps. */
    IN_CLEARANCE,
    /** Every required step is done, the fee paid: the vehicles may leave. */
    CLEARED,
    /** A step refused the consignment: its vehicles turn back. */
    REJECTED;

    public boolean closed() {
        return this == CLEARED || this == REJECTED;
    }
}
