package vn.laocai.gate.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An officer decided what becomes of a consignment after a failed inspection of their step ({@code state} ORDERED), or
 * recorded that it was carried out (CARRIED_OUT). {@code outcome}: TREATMENT (the step is inspected again once treated),
 * SPLIT_LOT (the part in {@code rejectedLines} is rejected and goes the way of {@code disposal}, the rest goes on),
 * RE_EXPORT, RETURN_TO_EXPORTER or DESTRUCTION of the whole lot. Numbered from 1 within the declaration.
 */
public record InspectionOutcomeRecorded(
        String declarationId,
        List<String> bookingCodes,
        int outcomeNumber,
        String step,
        String outcome,
        String state,
        String disposal,
        List<RejectedLine> rejectedLines,
        String reason,
        String reference,
        String recordedBy,
        Instant recordedAt) implements GateEvent {

    /** The quantity of one goods line the split rejects, in the line's unit. */
    public record RejectedLine(int lineNumber, BigDecimal quantity, String unit) {
    }

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
