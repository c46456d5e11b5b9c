package vn.laocai.gate.customs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.laocai.gate.events.HandoffOverdue;

import java.time.Instant;
import java.util.Objects;

/**
 * What was done about a handoff the agency lost or left unanswered past its deadline: the lapse (why,
 * since when), the resubmissions made for it (at most {@link #MAX_RESUBMISSIONS}, under the same
 * submission id) and when it went to the customs officers. Part of the handoff's row.
 */
@Embeddable
public class Followup {

    /** A lapse is answered by sending the handoff again this often; the next one escalates. */
    public static final int MAX_RESUBMISSIONS = 1;

    @Enumerated(EnumType.STRING)
    @Column(name = "lapse")
    private Lapse lapse;

    @Column(name = "lapsed_at")
    private Instant lapsedAt;

    @Column(name = "lapse_reason", columnDefinition = "text")
    private String reason;

    @Column(name = "resubmissions", nullable = false)
    private int resubmissions;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    /**
     * The agency lost the handoff or is past its deadline, since {@code since}. Answers the handoff's
     * next state: LOST or OVERDUE to be sent again (once, when the system takes resubmissions),
     * otherwise ESCALATED to the customs officers.
     */
    HandoffState lapsed(Lapse lapse, String reason, Instant since, Instant now, boolean resubmissionAllowed) {
        this.lapse = Objects.requireNonNull(lapse);
        this.reason = Objects.requireNonNull(reason);
        this.lapsedAt = since;
        if (resubmissionAllowed && resubmissions < MAX_RESUBMISSIONS) {
            resubmissions++;
            return HandoffState.valueOf(lapse.name());
        }
        escalatedAt = now;
        return HandoffState.ESCALATED;
    }

    /** What the consignment's case hears of the lapse just recorded. */
    HandoffOverdue event(Handoff handoff) {
        return new HandoffOverdue(handoff.subjectId(), handoff.version(), handoff.agencySystem().name(),
                handoff.agencyReference(), lapse.name(), handoff.state() == HandoffState.ESCALATED ? "ESCALATED" : "RESUBMITTED",
                reason, lapsedAt);
    }

    public Lapse lapse() {
        return lapse;
    }

    public Instant lapsedAt() {
        return lapsedAt;
    }

    public String reason() {
        return reason;
    }

    public int resubmissions() {
        return resubmissions;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }
}
