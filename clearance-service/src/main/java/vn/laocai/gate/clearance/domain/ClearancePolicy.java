package vn.laocai.gate.clearance.domain;

/** The data a clearance case is decided against: the requirement rules and the fee tariff in force. */
public record ClearancePolicy(RequirementRules requirements, Tariff tariff) {
}
