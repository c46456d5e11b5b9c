package vn.laocai.gate.customs.domain;

/** Why a handoff stopped hearing from its agency. */
public enum Lapse {
    /** The agency answered that it does not know the reference (HTTP 404 on a poll). */
    LOST,
    /** No answer within the system's answer deadline. */
    OVERDUE
}
