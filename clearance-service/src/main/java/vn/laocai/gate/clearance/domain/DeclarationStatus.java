package vn.laocai.gate.clearance.domain;

/** Where a consignment stands in clearance. */
public enum DeclarationStatus {
    /** Submitted by the trader, waiting for the customs system. */
    SUBMITTED,
    /** Customs has assigned a channel and is checking. */
    IN_CUSTOMS,
    /** Every agency has finished: the vehicles may leave. */
    CLEARED
}
