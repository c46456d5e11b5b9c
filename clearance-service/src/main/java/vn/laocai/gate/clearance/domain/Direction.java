package vn.laocai.gate.clearance.domain;

/** Which way a consignment crosses the gate: out of Vietnam or into it. */
public enum Direction {
    EXPORT,
    IMPORT
}
