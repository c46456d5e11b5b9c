package vn.laocai.gate.clearance.application;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import vn.laocai.gate.events.ConsignmentCleared;

import java.util.UUID;

/**
 * Issues the release note once a clearance is committed, in a transaction of its own: a note that cannot be written
 * or signed now never undoes the clearance, and is issued on the first request for it ({@link ReleaseNotes#issue}).
 */
@ApplicationScoped
class ReleaseNoteOnClearance {

    private final ReleaseNotes notes;

    ReleaseNoteOnClearance(ReleaseNotes notes) {
        this.notes = notes;
    }

    void onCleared(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConsignmentCleared cleared) {
        try {
            // the committed transaction is still the thread's here: the note needs one of its own
            QuarkusTransaction.requiringNew().run(() -> notes.issue(UUID.fromString(cleared.declarationId())));
        } catch (RuntimeException e) {
            Log.warnf(e, "the release note of declaration %s is not issued yet; it will be on the first request for it", cleared.declarationId());
        }
    }
}
