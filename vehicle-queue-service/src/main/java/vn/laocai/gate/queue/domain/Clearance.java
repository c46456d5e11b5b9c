package vn.laocai.gate.queue.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What clearance allows for one vehicle, read from the consignments its booking keeps (one per
 * declaration, kept even before the vehicle arrives): the state of all of them together, whether
 * the vehicle may approach the gate, its priority class, and which declaration released it.
 */
final class Clearance {

    private final CargoCategory booked;
    private final Map<String, Consignment> consignments;

    Clearance(CargoCategory booked, Map<String, Consignment> consignments) {
        this.booked = booked;
        this.consignments = consignments;
    }

    /** The consignment of a declaration, known from now on if it was not yet. */
    Consignment of(String declarationId, Instant now) {
        return consignments.computeIfAbsent(declarationId, id -> new Consignment(ClearanceState.DECLARED, now));
    }

    /** A declaration submitted under the consent {@code consentId}: linked while that consent stands, else unlinked. */
    Consignment link(String declarationId, String consentId, boolean standing, Instant now) {
        return of(declarationId, now).linkedUnder(consentId, standing, now);
    }

    /** The driver withdrew the consent {@code consentId}: every consignment linked under it leaves the vehicle. */
    void unlinkConsent(String consentId, Instant now) {
        consignments.values().stream().filter(c -> consentId.equals(c.consentId())).forEach(c -> c.unlink(now));
    }

    private List<Consignment> linked() {
        return consignments.values().stream().filter(Consignment::linked).toList();
    }

    ClearanceState state() {
        return ClearanceState.of(consignments.values());
    }

    /**
     * Whether clearance lets the vehicle approach the gate: every consignment ready (or cleared);
     * an empty vehicle with no declaration needs none (assumption: an empty truck carries no goods
     * to declare; the border guard checks vehicle and driver in the control area).
     */
    boolean allowsCallForward() {
        ClearanceState state = state();
        return state == ClearanceState.READY || state == ClearanceState.CLEARED || needsNoDeclaration();
    }

    /** Why clearance keeps the vehicle from the gate (a problem slug), or null when it does not. */
    String refusal() {
        if (allowsCallForward()) {
            return null;
        }
        return state() == ClearanceState.REJECTED ? "consignment-rejected" : "clearance-pending";
    }

    /** Whether at least one declaration is linked to the vehicle (one unlinked by a withdrawn consent does not count). */
    boolean declared() {
        return !linked().isEmpty();
    }

    boolean needsNoDeclaration() {
        return booked == CargoCategory.EMPTY && linked().isEmpty();
    }

    PriorityClass priorityClass() {
        return PriorityRule.classOf(booked, linked());
    }

    /** The declaration whose clearance came last: the one the vehicle is released for. */
    String lastCleared() {
        return consignments.entrySet().stream().filter(e -> e.getValue().linked())
                .max(Map.Entry.comparingByValue((a, b) -> a.updatedAt().compareTo(b.updatedAt())))
                .map(Map.Entry::getKey).orElseThrow();
    }
}
