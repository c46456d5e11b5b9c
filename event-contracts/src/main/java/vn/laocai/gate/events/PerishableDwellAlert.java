package vn.laocai.gate.events;

import java.time.Instant;

/**
 * A vehicle carrying perishables has waited at the gate, since its check-in at the yard, at least the near share of its
 * cargo class's dwell budget ({@code level} NEAR) or the whole of it ({@code PAST}): the goods are losing their grade.
 * Published once for each level a vehicle reaches, while it is in the yard or the gate; for supervisors.
 */
public record PerishableDwellAlert(
        String bookingCode,
        String plate,
        String direction,
        String cargoClass,
        String level,
        Instant checkedInAt,
        long maxDwellMinutes,
        long waitedMinutes,
        Instant budgetEndsAt,
        String status,
        Instant recordedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return bookingCode;
    }
}
