package vn.laocai.gate.events;

import java.time.Instant;

/** The National Single Window checked an electronic certificate (e-C/O, e-Phyto) named in a declaration. */
public record CertificateVerified(
        String declarationId,
        int version,
        String documentType,
        String documentReference,
        boolean valid,
        String reason,
        Instant verifiedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
