package vn.laocai.gate.customs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.laocai.gate.events.BorderCheckCompleted;
import vn.laocai.gate.events.CertificateVerified;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.events.QuarantineResultReceived;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * The decisive answer of the NSW (VALID/INVALID), quarantine (PASS/FAIL/SAMPLE/TREATMENT) or the
 * border guard (CLEARED/REFUSED), and the event it causes. A quarantine decision older than the last
 * one applied, or the same again, is not news; SAMPLE and TREATMENT are not final. Part of the
 * handoff's row (null columns until a decision).
 */
@Embeddable
public class Verdict {

    private String outcome;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    /** Applies a decisive answer; answers whether the handoff is completed by it. */
    boolean decide(Handoff h, AgencyAnswer answer, Consumer<GateEvent> events) {
        switch (answer.type()) {
            case CERTIFICATE_VERIFIED -> {
                record(answer.valid() ? "VALID" : "INVALID", answer.occurredAt());
                events.accept(new CertificateVerified(h.subjectId(), h.version(), h.documentType(), h.documentNumber(),
                        answer.valid(), answer.reason(), answer.occurredAt()));
                return true;
            }
            case BORDER_CHECKED -> {
                record(answer.outcome(), answer.occurredAt());
                events.accept(new BorderCheckCompleted(h.subjectId(), h.plate(), answer.outcome(), answer.reason(),
                        answer.occurredAt()));
                return true;
            }
            case QUARANTINE_DECIDED -> {
                if (answer.outcome().equals(outcome) || (outcomeAt != null && !answer.occurredAt().isAfter(outcomeAt))) {
                    return false;
                }
                record(answer.outcome(), answer.occurredAt());
                events.accept(new QuarantineResultReceived(h.subjectId(), h.version(), "PLANT_ANIMAL", outcome,
                        answer.certificateNumber(), answer.remarks(), outcomeAt));
                return answer.quarantineOutcome().isFinal();
            }
            default -> throw new IllegalArgumentException(answer.type() + " is no decisive answer");
        }
    }

    private void record(String outcome, Instant at) {
        this.outcome = outcome;
        this.outcomeAt = at;
    }

    public String outcome() {
        return outcome;
    }

    public Instant outcomeAt() {
        return outcomeAt;
    }
}
