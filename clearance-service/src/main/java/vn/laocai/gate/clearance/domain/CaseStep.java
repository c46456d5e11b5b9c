package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.laocai.gate.support.domain.Message;
import vn.laocai.gate.events.ClearanceStepDecided;

import java.time.Duration;
import java.time.Instant;

/** One step of a clearance case: its state, since when it runs, and who moved it last. */
@Embeddable
public class CaseStep {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClearanceStep step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StepState state;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_through")
    private DecisionSource decidedThrough;

    /** The reason given with the last decision, if any. */
    @Column(name = "last_reason")
    private String reason;

    /** When an outcome after a failed inspection set the step going again: agency systems' answers from before no longer count. */
    @Column(name = "reopened_at")
    private Instant reopenedAt;

    protected CaseStep() {
    }

    CaseStep(ClearanceStep step, StepState state, Instant startedAt) {
        this.step = step;
        this.state = state;
        this.startedAt = state == StepState.NOT_REQUIRED ? null : startedAt;
    }

    /** Moves the step, writes it on the declaration's timeline and records {@link ClearanceStepDecided}. */
    void decide(Declaration declaration, StepDecision decision, StepState next, String actor, DecisionSource source,
                String reason, Instant now) {
        StepState from = state;
        moveTo(next, actor, source, reason, now);
        boolean reasoned = reason != null && !reason.isBlank();
        declaration.note(now, step.timelineName(decision), actor, step + ": " + decision + " (" + from + " -> " + next + ")"
                + (reasoned ? ": " + reason : ""), Message.of("timeline.decided", "step", step.name(), "decision", decision.name(),
                "from", from.name(), "next", next.name(), "reason", reason, "reasoned", reasoned ? "phrase.reason" : null));
        declaration.record(new ClearanceStepDecided(declaration.id().toString(), declaration.declarationVersion(), step.name(),
                decision.name(), from.name(), next.name(), actor, source.name(), reason, now));
    }

    private void moveTo(StepState next, String actor, DecisionSource source, String reason, Instant at) {
        state = next;
        this.reason = reason;
        decidedBy = actor;
        decidedThrough = source;
        if (next.isTerminal()) {
            completedAt = at;
        }
    }

    /** An outcome after a failed inspection set the step going again at {@code at} ({@link Outcomes}). */
    void reopened(Instant at) {
        reopenedAt = at;
        if (!state.isTerminal()) {
            completedAt = null;
        }
    }

    /** Whether an agency system's answer given at {@code at} is older than the step's reopening (and so about the failed inspection). */
    boolean answeredBeforeReopening(Instant at) {
        return reopenedAt != null && !at.isAfter(reopenedAt);
    }

    /** Starts the step over (an amendment that affects it), or marks it as no longer required. */
    void restart(StepState initial, Instant at) {
        state = initial;
        startedAt = initial == StepState.NOT_REQUIRED ? null : at;
        completedAt = null;
        decidedBy = null;
        decidedThrough = null;
        reason = null;
    }

    /** What is left of a step expected to take {@code typical} from when it started: zero once done or not required. */
    Duration remaining(Duration typical, Instant now) {
        if (!required() || done()) {
            return Duration.ZERO;
        }
        Duration left = typical.minus(startedAt == null ? Duration.ZERO : Duration.between(startedAt, now));
        return left.isNegative() ? Duration.ZERO : left;
    }

    public ClearanceStep step() {
        return step;
    }

    public StepState state() {
        return state;
    }

    public boolean required() {
        return state != StepState.NOT_REQUIRED;
    }

    public boolean done() {
        return state == StepState.DONE;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String reason() {
        return reason;
    }

    public DecisionSource decidedThrough() {
        return decidedThrough;
    }
}
