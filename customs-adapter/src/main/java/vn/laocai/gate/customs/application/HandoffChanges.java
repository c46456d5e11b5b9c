package vn.laocai.gate.customs.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import vn.laocai.gate.customs.domain.Handoff;
import vn.laocai.gate.customs.domain.HandoffRepository;
import vn.laocai.gate.customs.domain.HandoffState;
import vn.laocai.gate.support.audit.AuditTrail;
import vn.laocai.gate.support.outbox.Outbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One change of a handoff, in the transaction of the change: the events it recorded go to the
 * outbox, and a change of its state goes on the service's audit trail ({@code HANDOFF_<STATE>},
 * actor {@code system:customs-adapter}, subject the declaration id or booking code, with the state
 * before, the system and the agency reference; the reason of a lapse or refusal as the reason).
 */
@ApplicationScoped
public class HandoffChanges {

    static final String ACTOR = "system:customs-adapter";

    private final HandoffRepository handoffs;
    private final Outbox outbox;
    private final AuditTrail audit;

    public HandoffChanges(HandoffRepository handoffs, Outbox outbox, AuditTrail audit) {
        this.handoffs = handoffs;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Changes the handoff under its row lock, in a transaction of its own. */
    public void change(UUID id, Consumer<Handoff> change) {
        QuarkusTransaction.requiringNew().run(() -> handoffs.lock(id).ifPresent(h -> changed(h, change)));
    }

    /** Changes a handoff locked in the caller's transaction. */
    void changed(Handoff handoff, Consumer<Handoff> change) {
        HandoffState before = handoff.state();
        change.accept(handoff);
        outbox.recordAll(handoff.drainEvents());
        if (handoff.state() != before) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("handoffId", handoff.id().toString());
            details.put("system", handoff.agencySystem().name());
            details.put("version", handoff.version());
            details.put("from", before.name());
            details.put("agencyReference", handoff.agencyReference());
            details.put("resubmissions", handoff.followup().resubmissions());
            audit.record(ACTOR, "HANDOFF_" + handoff.state().name(), handoff.subjectId(), reasonOf(handoff), details);
        }
    }

    private static String reasonOf(Handoff handoff) {
        return switch (handoff.state()) {
            case LOST, OVERDUE, ESCALATED -> handoff.followup().reason();
            case REJECTED, PENDING -> handoff.delivery().lastError();
            default -> null;
        };
    }
}
