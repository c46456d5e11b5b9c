package vn.laocai.gate.clearance.domain;

/** Who moved a step: an officer through the API, an agency system's answer, or the platform itself. */
public enum DecisionSource {
    OFFICER,
    AGENCY_SYSTEM,
    PLATFORM
}
