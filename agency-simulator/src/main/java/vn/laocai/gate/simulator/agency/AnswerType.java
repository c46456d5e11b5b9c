package vn.laocai.gate.simulator.agency;

/** What an answer message tells the sender's system; each type belongs to one agency system. */
public enum AnswerType {
    /** VNACCS: the control channel. */
    CHANNEL_ASSIGNED,
    /** VNACCS: the documentary (yellow) or physical (red) inspection is done: PASSED or FAILED. */
    INSPECTION_COMPLETED,
    /** VNACCS: goods released. */
    RELEASED,
    /** VNACCS: the declaration is refused after inspection. */
    REJECTED,
    /** NSW: the certificate was checked. */
    CERTIFICATE_VERIFIED,
    /** Quarantine: PASS, FAIL, SAMPLE or TREATMENT. */
    QUARANTINE_DECIDED,
    /** Border guard: CLEARED or REFUSED. */
    BORDER_CHECKED
}
