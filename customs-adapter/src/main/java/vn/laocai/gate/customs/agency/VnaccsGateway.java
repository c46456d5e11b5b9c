package vn.laocai.gate.customs.agency;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import vn.laocai.gate.customs.application.AgencyRejectedException;
import vn.laocai.gate.customs.application.CustomsAgency;
import vn.laocai.gate.customs.domain.CustomsAnswer;
import vn.laocai.gate.customs.domain.CustomsChannel;
import vn.laocai.gate.events.DeclarationSubmitted;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * VNACCS behind timeouts, a few quick retries with exponential backoff and jitter, and a circuit
 * breaker, so that a slow or failing customs system fails fast and the dispatcher schedules the
 * next attempt itself. Refusals skip all of these: they are answers, not failures.
 */
@ApplicationScoped
public class VnaccsGateway implements CustomsAgency {

    private static final Logger LOG = Logger.getLogger(VnaccsGateway.class);

    private final VnaccsClient client;

    public VnaccsGateway(@RestClient VnaccsClient client) {
        this.client = client;
    }

    @Override
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = AgencyRejectedException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 2000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
            skipOn = AgencyRejectedException.class)
    public String submit(UUID submissionId, DeclarationSubmitted declaration) {
        VnaccsAcceptance acceptance = client.submit(VnaccsSubmission.of(submissionId, declaration));
        if (acceptance == null || acceptance.agencyReference() == null || acceptance.agencyReference().isBlank()) {
            throw new IllegalStateException("VNACCS accepted without a reference");
        }
        return acceptance.agencyReference();
    }

    @Override
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = AgencyRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
            skipOn = AgencyRejectedException.class)
    public List<CustomsAnswer> answers(String agencyReference) {
        List<CustomsAnswer> answers = new ArrayList<>();
        for (VnaccsAnswer a : client.answers(agencyReference)) {
            typeOf(a).ifPresent(type -> answers.add(new CustomsAnswer(a.messageId(), a.agencyReference(), type,
                    a.channel() == null ? null : CustomsChannel.valueOf(a.channel()), a.occurredAt())));
        }
        return answers;
    }

    /** Answer types this adapter does not handle yet are left out, not treated as failures. */
    private static Optional<CustomsAnswer.Type> typeOf(VnaccsAnswer answer) {
        try {
            return Optional.of(CustomsAnswer.Type.valueOf(answer.type()));
        } catch (IllegalArgumentException | NullPointerException e) {
            LOG.warnf("Answer %s of %s has a type not handled here: %s", answer.messageId(), answer.agencyReference(),
                    answer.type());
            return Optional.empty();
        }
    }
}
