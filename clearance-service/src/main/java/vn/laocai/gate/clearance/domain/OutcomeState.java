package vn.laocai.gate.clearance.domain;

/** Where a recorded outcome stands: ordered by the officer, then carried out (treatment done, goods returned, destroyed...). */
public enum OutcomeState {
    ORDERED,
    CARRIED_OUT
}
