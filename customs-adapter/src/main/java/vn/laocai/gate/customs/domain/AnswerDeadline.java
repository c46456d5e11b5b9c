package vn.laocai.gate.customs.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a system may stay silent about a handoff: a handoff still PENDING that long after it was
 * opened, or awaiting answers that long after it last heard (or was accepted), is past its deadline.
 */
public record AnswerDeadline(Duration within) {

    public AnswerDeadline {
        Objects.requireNonNull(within, "within");
        if (within.isNegative() || within.isZero()) {
            throw new IllegalArgumentException("an answer deadline must be positive, not " + within);
        }
    }

    /** Since when the handoff is past this deadline; empty when it is not (yet), or has ended. */
    public Optional<Instant> overdueSince(Handoff handoff, Instant now) {
        Instant since = switch (handoff.state()) {
            case PENDING -> handoff.createdAt().plus(within);
            case SUBMITTED, CHANNEL_ASSIGNED -> lastHeard(handoff.delivery()).plus(within);
            case LOST, OVERDUE, ESCALATED -> handoff.followup().lapsedAt();
            case RELEASED, COMPLETED, REJECTED -> null;
        };
        return since == null || since.isAfter(now) ? Optional.empty() : Optional.of(since);
    }

    /** Why the handoff is overdue, in words for the officers and the trader. */
    String reason(Handoff handoff) {
        return handoff.agencySystem() + " gave no answer since " + lastHeard(handoff.delivery()) + " (deadline "
                + within + ")";
    }

    /** When the agency last answered about the handoff, or accepted it. */
    static Instant lastHeard(Delivery delivery) {
        Instant answered = delivery.lastAnswerAt();
        Instant submitted = delivery.submittedAt();
        return answered != null && (submitted == null || answered.isAfter(submitted)) ? answered : submitted;
    }
}
