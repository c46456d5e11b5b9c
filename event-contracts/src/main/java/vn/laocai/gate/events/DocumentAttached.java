package vn.laocai.gate.events;

import java.time.Instant;

/** A document was attached to a declaration: its type, the number printed on it and, for an uploaded file, its size and SHA-256. */
public record DocumentAttached(
        String declarationId,
        int version,
        String documentId,
        String documentType,
        String number,
        String sha256,
        long sizeBytes,
        String attachedBy,
        Instant attachedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
