package vn.laocai.gate.queue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.laocai.gate.support.domain.Message;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The slot hour a booking holds: from the start of the hour that contains the planned arrival,
 * one hour long. The grace window, the no-show cancellation and the check-in opening are counted
 * from it. {@link BookingAdmission} decides which window a booking may hold.
 */
@Embeddable
public class ArrivalWindow {

    /** The length of a window: one slot hour. */
    public static final Duration LENGTH = Duration.ofHours(1);

    @Column(name = "arrival_window_start", nullable = false)
    private Instant startsAt;

    @Column(name = "arrival_window_end", nullable = false)
    private Instant endsAt;

    protected ArrivalWindow() {
    }

    private ArrivalWindow(Instant start) {
        this.startsAt = start;
        this.endsAt = start.plus(LENGTH);
    }

    /** The window of the slot hour that starts at {@code slotStart}. */
    public static ArrivalWindow startingAt(Instant slotStart) {
        return new ArrivalWindow(slotStart);
    }

    public Instant start() {
        return startsAt;
    }

    public Instant end() {
        return endsAt;
    }

    /** Until when a vehicle keeps its place: the end of the window plus the grace. */
    public Instant graceUntil(Duration grace) {
        return endsAt.plus(grace);
    }

    /** Whether a vehicle arriving at {@code now} comes later than the grace window allows. */
    public boolean isPastGrace(Duration grace, Instant now) {
        return now.isAfter(graceUntil(grace));
    }

    /** When a booking whose vehicle never came is cancelled. */
    public Instant cancelAt(Duration cancelAfter) {
        return endsAt.plus(cancelAfter);
    }

    /** When check-in opens for the window: {@code early} before it starts. */
    public Instant checkInOpens(Duration early) {
        return startsAt.minus(early);
    }

    /** Refuses a check-in before it opens: {@code early} before the window of booking {@code code}. */
    void requireCheckInOpen(Duration early, Instant now, String code) {
        if (now.isBefore(checkInOpens(early))) {
            throw new RuleViolation("too-early", null, "booking " + code + " holds the slot of " + startsAt
                    + "; check-in opens " + early.toHours() + " h before it").with("code", code).with("slot", startsAt).with("hours", early.toHours());
        }
    }

    /** What the driver of a vehicle that did not come by the end of the grace window is told. */
    Message noShowNotice(Duration grace, Duration cancelAfter) {
        return Message.of("notice.no-show").with("graceUntil", graceUntil(grace)).with("cancelAt", cancelAt(cancelAfter));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArrivalWindow w && Objects.equals(startsAt, w.startsAt);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(startsAt);
    }

    @Override
    public String toString() {
        return startsAt + "/" + endsAt;
    }
}
