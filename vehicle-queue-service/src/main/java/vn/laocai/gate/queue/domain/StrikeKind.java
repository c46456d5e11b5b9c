package vn.laocai.gate.queue.domain;

/** What counts against an account or a vehicle: a booking whose vehicle never came, or one given up too close to its slot. */
public enum StrikeKind {
    NO_SHOW,
    LATE_CANCELLATION
}
