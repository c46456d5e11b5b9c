package vn.laocai.gate.queue.domain;

/** How far a perishable vehicle's wait at the gate has gone into its cargo's dwell budget ({@link DwellBudgets}). */
public enum DwellLevel {
    /** Less than the near share of the budget waited. */
    WITHIN,
    /** At least the near share ({@code nearShare}, 75 % by default) of the budget waited: supervisors are warned. */
    NEAR,
    /** The whole budget waited: the goods are losing their grade. */
    PAST
}
