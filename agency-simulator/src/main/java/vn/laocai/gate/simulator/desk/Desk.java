package vn.laocai.gate.simulator.desk;

import org.jboss.logging.Logger;
import vn.laocai.gate.simulator.agency.Acceptance;
import vn.laocai.gate.simulator.agency.AgencySystem;
import vn.laocai.gate.simulator.agency.AnswerMessage;
import vn.laocai.gate.simulator.callback.CallbackSender;
import vn.laocai.gate.simulator.clock.Timers;
import vn.laocai.gate.simulator.faults.AgencyUnavailableException;
import vn.laocai.gate.simulator.faults.FaultBoard;
import vn.laocai.gate.simulator.faults.Faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The front desk of one simulated agency system: takes work in idempotently by submission id,
 * keeps the answers for polling, pushes them by callback when the system has callbacks, and shows
 * the faults set for it: outages (503), slow answers, duplicated, reordered and dropped callbacks.
 * State is in memory only.
 */
public final class Desk {

    private static final Logger LOG = Logger.getLogger(Desk.class);

    private final AgencySystem system;
    private final String referencePrefix;
    private final FaultBoard faults;
    private final Timers timers;
    private final CallbackSender callbacks;
    private final Map<String, Lodgement> bySubmission = new ConcurrentHashMap<>();
    private final Map<String, Lodgement> byReference = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong refusedWhileDown = new AtomicLong();
    private final AtomicLong callbacksDuplicated = new AtomicLong();
    private final AtomicLong callbacksDropped = new AtomicLong();
    private final AtomicLong callbacksDelayed = new AtomicLong();

    public Desk(AgencySystem system, String referencePrefix, FaultBoard faults, Timers timers, CallbackSender callbacks) {
        this.system = system;
        this.referencePrefix = referencePrefix;
        this.faults = faults;
        this.timers = timers;
        this.callbacks = callbacks;
    }

    public AgencySystem system() {
        return system;
    }

    /** Applies the slow-answer and outage faults to a request; throws when the system is down. */
    public void enter() {
        requests.incrementAndGet();
        long latency = faults.of(system).latencyMs();
        if (latency > 0) {
            try {
                Thread.sleep(latency);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (faults.isDown(system)) {
            refusedWhileDown.incrementAndGet();
            throw new AgencyUnavailableException(system.name());
        }
    }

    /**
     * Takes in a piece of work, or answers the acceptance of the earlier lodgement when the submission id
     * was seen before (nothing new is scheduled then); a new one is answered by {@code firstAnswer}
     * after {@code delay}.
     */
    public Acceptance lodge(String submissionId, String subjectId, int version, Duration delay,
                            Consumer<Lodgement> firstAnswer) {
        Lodgement[] created = new Lodgement[1];
        Lodgement lodged = bySubmission.computeIfAbsent(submissionId,
                id -> created[0] = new Lodgement(newReference(), submissionId, subjectId, version));
        if (created[0] == null) {
            lodged.requests.incrementAndGet();
            return Acceptance.of(lodged.reference);
        }
        byReference.put(lodged.reference, lodged);
        LOG.infof("%s took in %s v%d as %s", system, subjectId, version, lodged.reference);
        timers.after(delay, () -> firstAnswer.accept(lodged));
        return Acceptance.of(lodged.reference);
    }

    /** Runs a later step of this system's work (an answer that follows another) after a delay. */
    public void after(Duration delay, Runnable step) {
        timers.after(delay, step);
    }

    /** A draw in [0, 1) from this system's seeded generator. */
    public double draw() {
        return faults.draw(system);
    }

    /**
     * Every answer so far for a reference (newest first while reordering); empty when the reference is unknown.
     * A poll like any request: subject to the slow-answer and outage faults.
     */
    public Optional<List<AnswerMessage>> answers(String reference) {
        enter();
        return Optional.ofNullable(byReference.get(reference)).map(l -> {
            List<AnswerMessage> list = new ArrayList<>(l.answers);
            if (faults.of(system).reorder()) {
                Collections.reverse(list);
            }
            return list;
        });
    }

    /** Gives an answer: kept for polling and, for systems with callbacks, pushed (subject to the faults). */
    public void answer(Lodgement lodged, AnswerMessage answer) {
        lodged.answers.add(answer);
        LOG.infof("%s %s %s for %s", system, answer.type(), answer.messageId(), lodged.reference);
        if (system.callbacks()) {
            push(lodged, answer, 1);
        }
    }

    private void push(Lodgement lodged, AnswerMessage answer, int copies) {
        Faults now = faults.of(system);
        if (faults.draw(system) < now.dropShare()) {
            LOG.infof("%s drops the callback of %s (fault)", system, answer.messageId());
            callbacksDropped.incrementAndGet();
            return;
        }
        int total = copies;
        if (faults.draw(system) < now.duplicateShare()) {
            total++;
            callbacksDuplicated.incrementAndGet();
        }
        for (int i = 0; i < total; i++) {
            long wait = now.reorder() ? (long) (faults.draw(system) * now.reorderWindowMs()) : 0;
            timers.after(Duration.ofMillis(wait), () -> deliverWhenUp(lodged, answer));
        }
    }

    private void deliverWhenUp(Lodgement lodged, AnswerMessage answer) {
        if (faults.isDown(system)) {
            callbacksDelayed.incrementAndGet();
            timers.after(Duration.ofSeconds(1), () -> deliverWhenUp(lodged, answer));
            return;
        }
        callbacks.deliver(system, answer);
    }

    public List<Lodgement.View> lodgements() {
        return bySubmission.values().stream().map(Lodgement::view).toList();
    }

    /** Counters of the desk for the admin endpoint. */
    public Map<String, Long> counters() {
        long answers = bySubmission.values().stream().mapToLong(l -> l.answers.size()).sum();
        long repeated = bySubmission.values().stream().mapToLong(l -> l.requests.get() - 1L).sum();
        return Map.of("requests", requests.get(), "refusedWhileDown", refusedWhileDown.get(),
                "lodged", (long) bySubmission.size(), "repeatedSubmissions", repeated, "answers", answers,
                "callbacksDuplicated", callbacksDuplicated.get(), "callbacksDropped", callbacksDropped.get(),
                "callbacksHeldWhileDown", callbacksDelayed.get());
    }

    private String newReference() {
        byte[] random = new byte[6];
        new java.security.SecureRandom().nextBytes(random);
        return referencePrefix + "-" + HexFormat.of().withUpperCase().formatHex(random);
    }
}
