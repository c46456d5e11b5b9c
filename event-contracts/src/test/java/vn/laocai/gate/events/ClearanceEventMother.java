package vn.laocai.gate.events;

import java.time.Instant;
import java.util.List;

import static vn.laocai.gate.events.EventMother.BOOKING_CODE;

/** Sample clearance events of the durian export in {@link EventMother}. */
public final class ClearanceEventMother {

    static final Instant T0 = Instant.parse("2026-06-15T01:30:00Z");

    private ClearanceEventMother() {
    }

    public static ConsignmentReadyForGate consignmentReadyForGate() {
        return new ConsignmentReadyForGate("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", "305123456789", List.of(BOOKING_CODE), true, T0.plusSeconds(1200));
    }

    public static ConsignmentHeld consignmentHeld() {
        return new ConsignmentHeld("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", List.of(BOOKING_CODE), "PLANT_QUARANTINE", "Phytosanitary certificate missing", T0.plusSeconds(1300));
    }

    public static ConsignmentRejected consignmentRejected() {
        return new ConsignmentRejected("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", List.of(BOOKING_CODE), "CUSTOMS", "Goods do not match the declaration", T0.plusSeconds(5000));
    }

    /** One sample of every clearance event type added after the first six. */
    public static List<GateEvent> samples() {
        return List.of(consignmentReadyForGate(), consignmentHeld(), consignmentRejected());
    }
}
