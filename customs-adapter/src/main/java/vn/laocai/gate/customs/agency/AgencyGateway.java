package vn.laocai.gate.customs.agency;

import java.util.Set;
import jakarta.validation.Validator;
import jakarta.validation.ConstraintViolation;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import vn.laocai.gate.customs.config.CustomsConfig;
import vn.laocai.gate.customs.application.Agencies;
import vn.laocai.gate.customs.application.AgencyRejectedException;
import vn.laocai.gate.customs.application.AgencyUnavailableException;
import vn.laocai.gate.customs.domain.AgencySystem;

import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The four agency ports behind SmallRye Fault Tolerance: every system has its own guard, so its
 * own circuit breaker (named {@code agency-<system>}), with a timeout and a few quick retries with
 * exponential backoff and jitter. A slow or failing system thus fails fast and the dispatcher
 * schedules the next attempt itself. Refusals (400, 404, 409, 422) skip retries and the breaker:
 * they are answers, not failures.
 */
@ApplicationScoped
public class AgencyGateway implements Agencies {

    private static final Logger LOG = Logger.getLogger(AgencyGateway.class);

    /** One agency system's interface: submit a message, list the answers of a reference. */
    private record Port(AgencyApi client, String basePath) {
    }

    /** A response read in full. */
    private record Reply(int status, String body) {
    }

    private final Map<AgencySystem, Port> ports = new EnumMap<>(AgencySystem.class);
    private final Map<AgencySystem, Guard> guards = new EnumMap<>(AgencySystem.class);
    private final ObjectMapper json;
    private final Validator validator;

    public AgencyGateway(@RestClient VnaccsClient vnaccs, @RestClient SingleWindowClient nsw,
                         @RestClient QuarantineClient quarantine, @RestClient BorderGuardClient borderGuard,
                         CustomsConfig config, ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
        ports.put(AgencySystem.VNACCS, new Port(vnaccs, "/vnaccs/v1/declarations"));
        ports.put(AgencySystem.NSW, new Port(nsw, "/nsw/v1/certificate-verifications"));
        ports.put(AgencySystem.QUARANTINE, new Port(quarantine, "/quarantine/v1/inspection-requests"));
        ports.put(AgencySystem.BORDER_GUARD, new Port(borderGuard, "/border-guard/v1/crossings"));
        CustomsConfig.Resilience r = config.resilience();
        for (AgencySystem system : AgencySystem.values()) {
            guards.put(system, Guard.create()
                    .withDescription("calls to " + system)
                    .withTimeout().duration(r.timeout().toMillis(), ChronoUnit.MILLIS).done()
                    .withRetry().maxRetries(r.retries())
                    .delay(r.retryDelay().toMillis(), ChronoUnit.MILLIS)
                    .jitter(Math.max(1, r.retryDelay().toMillis() / 2), ChronoUnit.MILLIS)
                    .abortOn(AgencyRejectedException.class)
                    .withExponentialBackoff().factor(2).maxDelay(r.retryDelay().toMillis() * 8, ChronoUnit.MILLIS).done()
                    .done()
                    .withCircuitBreaker().name("agency-" + system.name().toLowerCase())
                    .requestVolumeThreshold(r.breakerVolume())
                    .failureRatio(r.breakerFailureRatio())
                    .delay(r.breakerDelay().toMillis(), ChronoUnit.MILLIS)
                    .successThreshold(1)
                    .skipOn(AgencyRejectedException.class)
                    .onStateChange(state -> LOG.infof("Circuit breaker of %s is now %s", system, state))
                    .done()
                    .build());
        }
    }

    @Override
    public Accepted submit(AgencySystem system, String body) {
        Reply reply = call(system, () -> ports.get(system).client().submit(body));
        String reference;
        try {
            reference = json.readTree(reply.body()).path("agencyReference").asText("");
        } catch (IOException e) {
            reference = "";
        }
        if (reference.isBlank()) {
            throw new AgencyUnavailableException(system + " accepted without a reference", reply.status(), reply.body());
        }
        return new Accepted(reply.status(), reply.body(), reference);
    }

    @Override
    public Polled answers(AgencySystem system, String agencyReference) {
        Reply reply = call(system, () -> ports.get(system).client().answers(agencyReference));
        List<AnswerMessage> messages;
        try {
            messages = json.readValue(reply.body(), new TypeReference<List<AnswerMessage>>() {
            });
        } catch (IOException e) {
            throw new AgencyUnavailableException(system + " listed answers that cannot be read: " + e.getMessage(),
                    reply.status(), reply.body());
        }
        List<Agencies.Heard> answers = new ArrayList<>();
        for (AnswerMessage message : messages) {
            Set<ConstraintViolation<AnswerMessage>> outOfBounds = validator.validate(message);
            if (!outOfBounds.isEmpty()) {
                ConstraintViolation<AnswerMessage> first = outOfBounds.iterator().next();
                LOG.warnf("An answer of %s %s left out: %s %s", system, agencyReference, first.getPropertyPath(),
                        first.getMessage());
                continue;
            }
            AnswerMessage.Result result = message.toAnswer(system);
            if (result.isValid() && !agencyReference.equals(message.agencyReference())) {
                LOG.warnf("Answer %s listed under %s %s is about %s: left out", message.messageId(), system,
                        agencyReference, message.agencyReference());
            } else if (result.isValid()) {
                answers.add(new Agencies.Heard(result.answer(), message.subject(system)));
            } else {
                LOG.warnf("Answer %s of %s %s left out: %s %s", message.messageId(), system, agencyReference,
                        result.field(), result.problem());
            }
        }
        return new Polled(reply.status(), reply.body(), answers);
    }

    @Override
    public String pollPath(AgencySystem system, String agencyReference) {
        return ports.get(system).basePath() + "/" + agencyReference + "/answers";
    }

    /** One guarded call: a refusal is thrown as is, anything else as unavailability. */
    private Reply call(AgencySystem system, Supplier<Response> request) {
        try {
            return guards.get(system).get(() -> read(system, send(request)), Reply.class);
        } catch (AgencyRejectedException | AgencyUnavailableException e) {
            throw e;
        } catch (CircuitBreakerOpenException e) {
            throw AgencyUnavailableException.notSent("circuit breaker of " + system + " is open");
        } catch (TimeoutException e) {
            throw new AgencyUnavailableException(system + " did not answer in time", null, null);
        } catch (RuntimeException e) {
            throw new AgencyUnavailableException(system + " not reachable: " + e, null, null);
        }
    }

    /** The response, also when the client reports an error status as an exception. */
    private static Response send(Supplier<Response> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            return e.getResponse();
        }
    }

    private static Reply read(AgencySystem system, Response response) {
        try (response) {
            int status = response.getStatus();
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            if (status / 100 == 2) {
                return new Reply(status, body);
            }
            String shown = body.length() > 1000 ? body.substring(0, 1000) : body;
            if (status == 400 || status == 404 || status == 409 || status == 422) {
                throw new AgencyRejectedException(system + " answered " + status + ": " + shown, status, body);
            }
            throw new AgencyUnavailableException(system + " answered " + status + (shown.isBlank() ? "" : ": " + shown),
                    status, body);
        }
    }
}
