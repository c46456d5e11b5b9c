package vn.laocai.gate.queue.domain;

import java.util.Collection;

/**
 * The priority class of a vehicle, from the declaration data as eCherha does, never from what the
 * driver says alone: a vehicle is a perishable once clearance decided that a declaration it carries
 * is perishable ({@code perishable} of {@code DeclarationSubmitted} or {@code ConsignmentReadyForGate};
 * clearance decides it by the HS chapters of the goods, the queue does not decide it again).
 * Dangerous goods (as booked) always go last; an empty vehicle with no declaration is EMPTY;
 * everything else is STANDARD.
 */
public final class PriorityRule {

    private PriorityRule() {
    }

    public static PriorityClass classOf(CargoCategory booked, Collection<Consignment> consignments) {
        if (booked == CargoCategory.DANGEROUS) {
            return PriorityClass.DANGEROUS;
        }
        if (consignments.stream().anyMatch(Consignment::perishable)) {
            return PriorityClass.PERISHABLE;
        }
        if (booked == CargoCategory.EMPTY && consignments.isEmpty()) {
            return PriorityClass.EMPTY;
        }
        return PriorityClass.STANDARD;
    }

    /**
     * Clearance's decision as the queue reads it: perishable only when clearance said so. A missing
     * decision (null: an event written before clearance decided it) counts as not perishable.
     */
    public static boolean perishable(Boolean clearanceDecision) {
        return Boolean.TRUE.equals(clearanceDecision);
    }
}
