package vn.laocai.gate.events;

import java.time.Instant;

/** The infrastructure-use fee of a consignment's trips was assessed (or reassessed after an amendment) from the tariff. */
public record FeeAssessed(
        String declarationId,
        long amountVnd,
        long outstandingVnd,
        String tariffVersion,
        String breakdown,
        Instant assessedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
