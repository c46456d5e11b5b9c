package vn.laocai.gate.customs.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.laocai.gate.customs.config.CustomsConfig;
import vn.laocai.gate.customs.domain.AgencySystem;
import vn.laocai.gate.customs.domain.Exchange;
import vn.laocai.gate.customs.domain.Handoff;
import vn.laocai.gate.customs.domain.HandoffRepository;
import vn.laocai.gate.support.tx.WakeUps;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Sends due PENDING handoffs to their agency systems. A run claims the due handoffs a page at a
 * time in one transaction (rows locked with {@code skip locked}, so two instances never claim the
 * same one, and each claim keeps the others away for {@code gate.customs.dispatch.claim}), then
 * sends them to every system at once, each system within its own limits ({@link AgencyLanes}). The
 * agency is called outside any transaction; each outcome, the events it causes and the audit of the exchange are recorded in a
 * short transaction of their own. A failure leaves the handoff PENDING with the error and a later
 * attempt time (the first failure announces HandoffDelayed), so an outage only delays it. Once a
 * system that failed accepts again, every handoff waiting for it is made due at once: the backlog
 * is caught up without waiting out each handoff's back-off. The handoff id is the submission id, so
 * a repeat after a lost answer is harmless at the agency.
 */
@ApplicationScoped
public class HandoffDispatcher {

    private static final Logger LOG = Logger.getLogger(HandoffDispatcher.class);

    private final HandoffRepository handoffs;
    private final Agencies agencies;
    private final HandoffChanges changes;
    private final ExchangeLog exchangeLog;
    private final HandoffMetrics metrics;
    private final AgencyLanes lanes;
    private final CustomsConfig.Dispatch config;
    private final Duration longestCall;
    private final Clock clock;
    private final AtomicBoolean dispatching = new AtomicBoolean();
    private final Set<AgencySystem> failing = ConcurrentHashMap.newKeySet();
    private final Map<AgencySystem, String> lastFailure = new ConcurrentHashMap<>();
    private volatile boolean stopped;
    private final WakeUps wakeUps = new WakeUps("customs-dispatch", this::dispatchDue);

    /** A claimed handoff: to be sent by {@code sendBy}, else left for the run after its claim ends. */
    private record Due(UUID id, AgencySystem system, String subjectId, String payload, Instant createdAt,
                       Instant sendBy) {
    }

    public HandoffDispatcher(HandoffRepository handoffs, Agencies agencies, HandoffChanges changes, ExchangeLog exchangeLog,
                             HandoffMetrics metrics, AgencyLanes lanes, CustomsConfig config, Clock clock) {
        this.handoffs = handoffs;
        this.agencies = agencies;
        this.changes = changes;
        this.exchangeLog = exchangeLog;
        this.metrics = metrics;
        this.lanes = lanes;
        this.config = config.dispatch();
        this.longestCall = config.resilience().longestCall();
        this.clock = clock;
    }

    /**
     * Refuses to start when a claim could end while its call still runs: another instance would then
     * send the same handoff a second time.
     */
    void checkClaim(@Observes StartupEvent event) {
        requireClaimLongerThanCall(config.claim(), longestCall);
    }

    static void requireClaimLongerThanCall(Duration claim, Duration longestCall) {
        if (claim.compareTo(longestCall) <= 0) {
            throw new IllegalStateException("gate.customs.dispatch.claim (" + claim
                    + ") must be longer than the longest agency call with its quick retries (" + longestCall
                    + ", from gate.customs.resilience.timeout, .retries and .retry-delay)");
        }
    }

    /** The safety net: sends what a wake-up missed, retries that fell due, and everything after a restart. */
    @Scheduled(every = "${gate.customs.dispatch.interval:1s}", delayed = "1s",
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

    @PreDestroy
    void stopWakeUps() {
        wakeUps.close();
    }

    private void dispatchDue() {
        if (stopped || !dispatching.compareAndSet(false, true)) {
            return;
        }
        try {
            Set<AgencySystem> unavailable = ConcurrentHashMap.newKeySet();
            List<Due> claimed;
            do {
                claimed = claimPage();
                List<CompletableFuture<Void>> sending = new ArrayList<>(claimed.size());
                for (Due due : claimed) {
                    sending.add(lanes.run(due.system(), () -> send(due, unavailable)));
                }
                AgencyLanes.awaitAll(sending);
            } while (claimed.size() == config.batchSize() && !stopped);
        } catch (RuntimeException e) {
            LOG.warnf("Dispatch of handoffs paused, will retry: %s", e.getMessage());
        } finally {
            dispatching.set(false);
        }
    }

    /**
     * Claims a page of due handoffs in one transaction. A call is begun only while it can end within the
     * claim, however slow the agency: one whose turn in its system's lane comes later is left alone, and
     * falls due again when the claim ends.
     */
    private List<Due> claimPage() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now(clock);
            Instant sendBy = now.plus(config.claim()).minus(longestCall);
            return handoffs.lockDueForSubmission(now, config.batchSize()).stream()
                    .filter(h -> h.claim(now, config.claim()))
                    .map(h -> new Due(h.id(), h.agencySystem(), h.subjectId(), h.payload(), h.createdAt(), sendBy))
                    .toList();
        });
    }

    /**
     * Sends one claimed handoff; a system found unavailable earlier in the same run is not called
     * again (its handoffs are rescheduled at once, each announcing its delay once).
     */
    private void send(Due due, Set<AgencySystem> unavailable) {
        UUID id = due.id();
        if (stopped || Instant.now(clock).isAfter(due.sendBy())) {
            return;
        }
        if (unavailable.contains(due.system())) {
            record(id, h -> h.submissionFailed(due.system() + " unavailable: " + failureOf(due.system()),
                    Instant.now(clock), config.retrySchedule()));
            return;
        }
        Instant sentAt = Instant.now(clock);
        try {
            Agencies.Accepted accepted = agencies.submit(due.system(), due.payload());
            record(id, h -> {
                logSubmission(due, sentAt);
                exchangeLog.received(due.system(), Exchange.Kind.SUBMISSION_ANSWER, id.toString(), due.subjectId(),
                        accepted.agencyReference(), accepted.status(), accepted.body());
                h.submitted(accepted.agencyReference(), Instant.now(clock));
            });
            metrics.handedOff(due.system(), Duration.between(due.createdAt(), Instant.now(clock)));
            LOG.infof("Handoff %s submitted to %s as %s", id, due.system(), accepted.agencyReference());
            if (failing.remove(due.system())) {
                catchUp(due.system());
            }
        } catch (AgencyRejectedException e) {
            record(id, h -> {
                logSubmission(due, sentAt);
                exchangeLog.received(due.system(), Exchange.Kind.SUBMISSION_ANSWER, id.toString(), due.subjectId(),
                        null, e.status(), e.body());
                h.rejected(e.getMessage(), Instant.now(clock));
            });
            LOG.warnf("%s rejected handoff %s: %s", due.system(), id, e.getMessage());
        } catch (RuntimeException e) {
            String error = describe(e);
            boolean sent = !(e instanceof AgencyUnavailableException u) || u.sent();
            unavailable.add(due.system());
            lastFailure.put(due.system(), error);
            failing.add(due.system());
            record(id, h -> {
                if (sent) {
                    logSubmission(due, sentAt);
                    AgencyUnavailableException u = e instanceof AgencyUnavailableException x ? x : null;
                    exchangeLog.received(due.system(), Exchange.Kind.SUBMISSION_FAILED, id.toString(), due.subjectId(),
                            null, u == null ? null : u.status(), u == null || u.body() == null ? error : u.body());
                }
                h.submissionFailed(error, Instant.now(clock), config.retrySchedule());
            });
            LOG.infof("Handoff %s not submitted to %s, will retry: %s", id, due.system(), error);
        }
    }

    private String failureOf(AgencySystem system) {
        return lastFailure.getOrDefault(system, "not reachable");
    }

    private void logSubmission(Due due, Instant sentAt) {
        exchangeLog.sent(due.system(), Exchange.Kind.SUBMISSION, due.id().toString(), due.subjectId(), null,
                due.payload(), sentAt);
    }

    /** The system accepts again: everything waiting for it is due now. */
    private void catchUp(AgencySystem system) {
        int waiting = QuarkusTransaction.requiringNew().call(() -> handoffs.dueNow(system, Instant.now(clock)));
        LOG.infof("%s accepts again: %d waiting handoff(s) made due now", system, waiting);
    }

    /** Changes the handoff under its row lock, its events to the outbox and its new state audited, in one transaction. */
    private void record(UUID id, Consumer<Handoff> change) {
        changes.change(id, change);
    }

    private static String describe(Throwable e) {
        String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
