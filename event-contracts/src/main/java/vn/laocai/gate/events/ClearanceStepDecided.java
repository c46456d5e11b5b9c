package vn.laocai.gate.events;

import java.time.Instant;

/** A step of the clearance case moved: an officer decided through the API or an agency system answered. */
public record ClearanceStepDecided(
        String declarationId,
        int version,
        String step,
        String decision,
        String fromState,
        String toState,
        String decidedBy,
        String source,
        String reason,
        Instant decidedAt,
        String signature,
        String signerCertificate) implements GateEvent {

    /**
     * A decision without signature: an agency system's answer or the platform's own move (and the events written
     * before decisions were signed). An officer's decision carries {@code signature}, a detached JWS (ES256) over
     * the canonical JSON of case, step, decision, reason, time and officer, and {@code signerCertificate}, the
     * officer's X.509 certificate in PEM (clearance-service's README, "Signed decisions").
     */
    public ClearanceStepDecided(String declarationId, int version, String step, String decision, String fromState, String toState,
                                String decidedBy, String source, String reason, Instant decidedAt) {
        this(declarationId, version, step, decision, fromState, toState, decidedBy, source, reason, decidedAt, null, null);
    }

    /** The same decision with its signature and the signer's certificate. */
    public ClearanceStepDecided signed(String jws, String certificatePem) {
        return new ClearanceStepDecided(declarationId, version, step, decision, fromState, toState, decidedBy, source, reason,
                decidedAt, jws, certificatePem);
    }

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
