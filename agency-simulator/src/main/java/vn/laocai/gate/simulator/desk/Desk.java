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
import vn.laocai.gate.simulator.store.LodgementJournal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The front desk of one simulated agency system: takes work in idempotently by submission id,
 * keeps the answers for polling, pushes them by callback when the system has callbacks, and shows
 * the faults set for it: outages (503), slow answers, duplicated, reordered and dropped callbacks.
 * Every lodgement and answer is written to the {@link LodgementJournal} before it is acknowledged, and
 * read back when the simulator starts: a restart loses none. Work in flight at a restart (answers still to
 * come) is taken up again at start from the answers already given ({@link #resume}), since the journal keeps
 * each submission as it came; a lodgement read from a line written before submissions were kept resumes when
 * the sender submits again under the same submission id, if it had no answer yet. A lodgement can be lost on
 * purpose ({@link #lose}), to show what a sender does then.
 */
public final class Desk {

    private static final Logger LOG = Logger.getLogger(Desk.class);

    private final AgencySystem system;
    private final String referencePrefix;
    private final FaultBoard faults;
    private final Timers timers;
    private final CallbackSender callbacks;
    private final LodgementJournal journal;
    private final Map<String, Lodgement> bySubmission = new ConcurrentHashMap<>();
    private final Map<String, Lodgement> byReference = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong refusedWhileDown = new AtomicLong();
    private final AtomicLong callbacksDuplicated = new AtomicLong();
    private final AtomicLong callbacksDropped = new AtomicLong();
    private final AtomicLong callbacksDelayed = new AtomicLong();

    public Desk(AgencySystem system, String referencePrefix, FaultBoard faults, Timers timers, CallbackSender callbacks,
                LodgementJournal journal) {
        this.system = system;
        this.referencePrefix = referencePrefix;
        this.faults = faults;
        this.timers = timers;
        this.callbacks = callbacks;
        this.journal = journal;
        restore(journal.replay());
    }

    /** Gives the desk back what its system took in before the restart. */
    private void restore(List<LodgementJournal.Entry> entries) {
        for (LodgementJournal.Entry e : entries) {
            if (e.system() != system) {
                continue;
            }
            switch (e.op()) {
                case LODGED -> {
                    Lodgement l = new Lodgement(e.reference(), e.submissionId(), e.subjectId(), e.version(), e.submission());
                    l.dormant = true;
                    bySubmission.put(l.submissionId, l);
                    byReference.put(l.reference, l);
                }
                case ANSWERED -> Optional.ofNullable(byReference.get(e.reference())).ifPresent(l -> l.answers.add(e.answer()));
                case REPEATED -> Optional.ofNullable(byReference.get(e.reference())).ifPresent(l -> l.requests.incrementAndGet());
                case LOST -> Optional.ofNullable(byReference.remove(e.reference()))
                        .ifPresent(l -> bySubmission.remove(l.submissionId));
            }
        }
        if (!byReference.isEmpty()) {
            LOG.infof("%s restored %d lodgement(s) from the journal", system, byReference.size());
        }
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
    public Acceptance lodge(String submissionId, String subjectId, int version, Object submission, Duration delay,
                            Consumer<Lodgement> firstAnswer) {
        Lodgement[] created = new Lodgement[1];
        Lodgement lodged = bySubmission.computeIfAbsent(submissionId,
                id -> created[0] = new Lodgement(newReference(), submissionId, subjectId, version, journal.tree(submission)));
        if (created[0] == null) {
            lodged.requests.incrementAndGet();
            journal.append(LodgementJournal.Entry.repeated(system, lodged.reference));
            if (lodged.answers.isEmpty() && lodged.wake()) {
                LOG.infof("%s resumes %s, taken in before the restart and not answered yet", system, lodged.reference);
                timers.after(delay, () -> firstAnswer.accept(lodged));
            }
            return Acceptance.of(lodged.reference);
        }
        journal.append(LodgementJournal.Entry.lodged(system, lodged.reference, submissionId, subjectId, version,
                lodged.submission));
        byReference.put(lodged.reference, lodged);
        LOG.infof("%s took in %s v%d as %s", system, subjectId, version, lodged.reference);
        timers.after(delay, () -> firstAnswer.accept(lodged));
        return Acceptance.of(lodged.reference);
    }

    /**
     * What a system does with a piece of work it took in before a restart: from the answers it gave so far, it
     * schedules the ones still to come, as it would have without the restart.
     *
     * @param <T> the type of the system's submissions
     */
    @FunctionalInterface
    public interface Resumption<T> {
        /** Returns false when the last answer was final and nothing is left to do. */
        boolean resume(Lodgement lodged, T submission, List<AnswerMessage> answered);
    }

    /**
     * Takes up the work in flight at the restart: every lodgement read back from the journal with its submission
     * goes on from its last answer. Run once at start by the system's desk; returns how many had answers to come.
     */
    public <T> int resume(Class<T> type, Resumption<T> resumption) {
        int resumed = 0;
        for (Lodgement lodged : byReference.values()) {
            if (lodged.submission != null && lodged.wake()
                    && resumption.resume(lodged, journal.read(lodged.submission, type), List.copyOf(lodged.answers))) {
                resumed++;
            }
        }
        if (resumed > 0) {
            LOG.infof("%s takes up %d lodgement(s) it had not finished before the restart", system, resumed);
        }
        return resumed;
    }

    /** {@link #resume} for a system that gives one answer: work with no answer yet gets it {@code delay} after the start. */
    public <T> int resumeUnanswered(Class<T> type, Duration delay, BiConsumer<Lodgement, T> answer) {
        return resume(type, (lodged, submission, answered) -> {
            if (!answered.isEmpty()) {
                return false;
            }
            timers.after(delay, () -> answer.accept(lodged, submission));
            return true;
        });
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
        if (byReference.get(lodged.reference) != lodged) {
            LOG.infof("%s has lost %s: its %s is not given", system, lodged.reference, answer.type());
            return;
        }
        journal.append(LodgementJournal.Entry.answered(system, lodged.reference, answer));
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

    /**
     * Forgets a lodgement as a real system may (a crash, a restore from an old backup): its reference is
     * unknown from now on (polls answer 404), its pending answers are not given, and a new submission
     * under the same submission id is a new lodgement. Returns false when the reference is unknown.
     */
    public boolean lose(String reference) {
        Lodgement lost = byReference.remove(reference);
        if (lost == null) {
            return false;
        }
        bySubmission.remove(lost.submissionId, lost);
        journal.append(LodgementJournal.Entry.lost(system, reference));
        LOG.infof("%s lost %s (submission %s) on request", system, reference, lost.submissionId);
        return true;
    }

    /** The lodgement under the reference, if this desk holds one. */
    public Optional<Lodgement> lodgementOf(String reference) {
        return Optional.ofNullable(byReference.get(reference));
    }

    /** Whether this desk holds a lodgement under the reference. */
    public boolean knows(String reference) {
        return byReference.containsKey(reference);
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
