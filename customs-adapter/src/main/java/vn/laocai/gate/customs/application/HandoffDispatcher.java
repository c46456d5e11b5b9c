package vn.laocai.gate.customs.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.laocai.gate.customs.domain.Handoff;
import vn.laocai.gate.customs.domain.Handoffs;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.ClearanceEventType;
import vn.laocai.gate.support.tx.WakeUps;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Sends due PENDING handoffs to customs. The agency is called outside any transaction; each outcome
 * is recorded in a short transaction of its own. A failure leaves the handoff PENDING with the error
 * and a later attempt time, so an outage only delays the handoff. The handoff id is the submission
 * id, so a repeat after a lost answer is harmless at the agency.
 */
@ApplicationScoped
public class HandoffDispatcher {

    private static final Logger LOG = Logger.getLogger(HandoffDispatcher.class);

    private final Handoffs handoffs;
    private final CustomsAgency agency;
    private final CustomsAdapterConfig.Dispatch config;
    private final Clock clock;
    private final AtomicBoolean dispatching = new AtomicBoolean();
    private volatile boolean stopped;
    private final WakeUps wakeUps = new WakeUps("customs-dispatch", this::dispatchDue);

    public HandoffDispatcher(Handoffs handoffs, CustomsAgency agency, CustomsAdapterConfig config, Clock clock) {
        this.handoffs = handoffs;
        this.agency = agency;
        this.config = config.dispatch();
        this.clock = clock;
    }

    /** The safety net: sends what a wake-up missed, retries that fell due, and everything after a restart. */
    @Scheduled(every = "${customs.dispatch.interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchScheduled() {
        dispatchDue();
    }

    /** Asks for a dispatch soon: called once a new handoff has committed, so it leaves within milliseconds. */
    public void wakeUp() {
        wakeUps.wakeUp();
    }

    /** Stops dispatching as soon as shutdown begins, before the database connections go away. */
    void onShutdown(@Observes ShutdownEvent event) {
        stopped = true;
        wakeUps.close();
    }

    private void dispatchDue() {
        if (stopped || !dispatching.compareAndSet(false, true)) {
            return;
        }
        try {
            List<UUID> due;
            do {
                due = QuarkusTransaction.requiringNew()
                        .call(() -> handoffs.dueForSubmission(Instant.now(clock), config.batchSize()));
                due.forEach(this::dispatch);
            } while (due.size() == config.batchSize());
        } catch (RuntimeException e) {
            LOG.warnf("Dispatch of handoffs paused, will retry: %s", e.getMessage());
        } finally {
            dispatching.set(false);
        }
    }

    @PreDestroy
    void stopWakeUps() {
        wakeUps.close();
    }

    /** Sends one handoff if it is still due. */
    public void dispatch(UUID id) {
        DeclarationSubmitted declaration = QuarkusTransaction.requiringNew().call(() -> handoffs.lock(id)
                .filter(h -> h.isDue(Instant.now(clock)))
                .map(h -> (DeclarationSubmitted) EventCodec.decode(ClearanceEventType.DECLARATION_SUBMITTED.type(),
                        h.payload().getBytes(StandardCharsets.UTF_8)))
                .orElse(null));
        if (declaration == null) {
            return;
        }
        try {
            String reference = agency.submit(id, declaration);
            record(id, h -> h.submitted(reference, Instant.now(clock)));
            LOG.infof("Handoff %s submitted to customs as %s", id, reference);
        } catch (AgencyRejectedException e) {
            record(id, h -> h.rejected(e.getMessage(), Instant.now(clock)));
            LOG.warnf("Customs rejected handoff %s: %s", id, e.getMessage());
        } catch (RuntimeException e) {
            String error = describe(e);
            record(id, h -> h.submissionFailed(error, Instant.now(clock), config.retrySchedule()));
            LOG.infof("Handoff %s not submitted, will retry: %s", id, error);
        }
    }

    private void record(UUID id, Consumer<Handoff> change) {
        QuarkusTransaction.requiringNew().run(() -> handoffs.lock(id).ifPresent(change));
    }

    private static String describe(Throwable e) {
        String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
