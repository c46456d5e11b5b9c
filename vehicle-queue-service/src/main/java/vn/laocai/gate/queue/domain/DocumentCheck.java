package vn.laocai.gate.queue.domain;

/**
 * What the officer read off the driver's passport or border pass at check-in, against the driver
 * booked: the same number ({@code MATCH}), another one ({@code MISMATCH}: the vehicle still checks in,
 * the officer decides, the audit trail and the board show it), or nothing read ({@code NOT_PRESENTED}).
 * Numbers are compared upper case and without spaces.
 */
public enum DocumentCheck {
    MATCH, MISMATCH, NOT_PRESENTED
}
