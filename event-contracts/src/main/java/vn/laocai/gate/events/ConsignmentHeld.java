package vn.laocai.gate.events;

import java.time.Instant;
import java.util.List;

/** The consignment is held: its vehicles must not be called forward until it is ready again. */
public record ConsignmentHeld(
        String declarationId,
        List<String> bookingCodes,
        String step,
        String reason,
        Instant heldAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
