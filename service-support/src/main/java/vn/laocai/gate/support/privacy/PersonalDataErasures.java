package vn.laocai.gate.support.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.laocai.gate.support.audit.AuditTrail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Records in the audit trail what a service's retention job erased: one entry {@link PersonalData#ERASED_ACTION} per
 * run that erased something, by {@value #ACTOR}, naming the records (booking codes, accounts' counts: never a name,
 * document or phone) and the cut-off; and what a person had erased on request, by that person. Called inside the
 * erasure's transaction, so the entry exists exactly when the erasure committed.
 */
@ApplicationScoped
public class PersonalDataErasures {

    /** The audit actor of every erasure. */
    public static final String ACTOR = "system:retention";

    private static final Logger LOG = Logger.getLogger(PersonalDataErasures.class);

    private final AuditTrail audit;

    public PersonalDataErasures(AuditTrail audit) {
        this.audit = audit;
    }

    /** Records the erasure of {@code erased} (of kind {@code subject}, e.g. "bookings") older than {@code before}; answers them. */
    public List<String> recorded(String subject, Duration retention, Instant before, List<String> erased) {
        if (!erased.isEmpty()) {
            audit.record(ACTOR, PersonalData.ERASED_ACTION, subject, "retention " + retention,
                    Map.of(subject, erased, "before", before.toString()));
            LOG.infof("Personal data of %d %s older than %s erased", erased.size(), subject, before);
        }
        return erased;
    }

    /** Records that {@code account} had its {@code subject} (e.g. "preferences") erased on its own request. */
    public void onRequest(String account, String subject) {
        audit.record(account, PersonalData.ERASED_ACTION, subject, "on request of the person",
                Map.of(subject, List.of(account)));
        LOG.infof("Personal data (%s) of one account erased on request", subject);
    }
}
