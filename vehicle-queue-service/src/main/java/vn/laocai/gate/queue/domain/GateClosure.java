package vn.laocai.gate.queue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import vn.laocai.gate.events.GateClosed;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.events.GateReopened;
import vn.laocai.gate.support.domain.Message;
import vn.laocai.gate.support.domain.RecordedEvents;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A period when the gate is closed for one or both directions. No slot it covers can be booked;
 * the bookings it hits are moved or cancelled when it is declared. Lifting it opens the slots again.
 */
@Entity
@Table(name = "gate_closure")
public class GateClosure {

    @Id
    private UUID id;

    /** Stored comma-separated, e.g. {@code EXPORT,IMPORT}. */
    @Column(nullable = false, updatable = false)
    private DirectionSet directions;

    @Column(name = "closed_from", nullable = false, updatable = false)
    private Instant closedFrom;

    @Column(name = "closed_until", nullable = false, updatable = false)
    private Instant closedUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ClosureReason reason;

    @Column(updatable = false)
    private String remarks;

    @Enumerated(EnumType.STRING)
    @Column(name = "booking_action", nullable = false, updatable = false)
    private ClosureAction bookingAction;

    @Column(name = "closed_by", nullable = false, updatable = false)
    private String closedBy;

    @Column(name = "closed_at", nullable = false, updatable = false)
    private Instant closedAt;

    @Column(name = "bookings_moved", nullable = false)
    private int bookingsMoved;

    @Column(name = "bookings_cancelled", nullable = false)
    private int bookingsCancelled;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @Column(name = "reopened_by")
    private String reopenedBy;

    @Version
    private long revision;

    @Transient
    private final RecordedEvents recordedEvents = new RecordedEvents();

    protected GateClosure() {
    }

    /** Declares a closure; it must end after it starts and not lie wholly in the past. */
    public static GateClosure declare(Set<Direction> directions, Instant from, Instant until, ClosureReason reason,
                                      String remarks, ClosureAction action, String officer, Instant now) {
        if (!until.isAfter(from)) {
            throw new RuleViolation("closure-ends-before-it-starts", "closedUntil", "closedUntil " + until + " must be after closedFrom " + from)
                    .with("from", from);
        }
        if (!until.isAfter(now)) {
            throw new RuleViolation("closure-in-past", "closedUntil", "closedUntil " + until + " is in the past").with("until", until);
        }
        if (Duration.between(from, until).toDays() > 31) {
            throw new RuleViolation("closure-too-long", "closedUntil", "a closure lasts at most 31 days; declare another one after it");
        }
        GateClosure closure = new GateClosure();
        closure.id = UUID.randomUUID();
        closure.directions = DirectionSet.of(directions);
        closure.closedFrom = from;
        closure.closedUntil = until;
        closure.reason = reason;
        closure.remarks = remarks;
        closure.bookingAction = action;
        closure.closedBy = officer;
        closure.closedAt = now;
        return closure;
    }

    /** Whether the closure is in force for the slot hour starting at {@code slotStart}. */
    public boolean covers(Direction direction, Instant slotStart) {
        return reopenedAt == null && directions.contains(direction)
                && slotStart.isBefore(closedUntil) && slotStart.plus(ArrivalWindow.LENGTH).isAfter(closedFrom);
    }

    /** Whether the closure is in force at {@code at} for {@code direction}: not lifted, and {@code at} within its period. */
    public boolean inForce(Direction direction, Instant at) {
        return reopenedAt == null && directions.contains(direction) && !at.isBefore(closedFrom) && at.isBefore(closedUntil);
    }

    /** The closure of {@code closures} in force at {@code at} for {@code direction}, the one ending last if several are. */
    public static Optional<GateClosure> inForce(List<GateClosure> closures, Direction direction, Instant at) {
        return closures.stream().filter(c -> c.inForce(direction, at)).max(Comparator.comparing(GateClosure::closedUntil));
    }

    /**
     * Refuses moving a vehicle of {@code direction} towards or through the gate (a call forward, a gate-in) while a
     * closure is in force for it: the vehicles in the yard keep their places until it ends or is lifted. The problem
     * names the closure, its reason and its end.
     */
    public static void requireOpen(List<GateClosure> closures, Direction direction, Instant at) {
        inForce(closures, direction, at).ifPresent(c -> {
            throw RuleViolation.conflict("gate-closed-now", "direction", "the gate is closed for " + direction + " now (" + c.describe()
                    + "); no vehicle is called forward or let in until it reopens").with(c.parameters())
                    .with("direction", direction).with("closureId", c.id.toString());
        });
    }

    /** Records what the closure did to the bookings it hit, and publishes it. */
    public void applied(int moved, int cancelled) {
        bookingsMoved = moved;
        bookingsCancelled = cancelled;
        recordedEvents.record(new GateClosed(id.toString(), directions.names(), closedFrom, closedUntil, reason.name(), remarks,
                bookingAction.name(), moved, cancelled, closedBy, closedAt));
    }

    public void reopen(String officer, Instant now) {
        if (reopenedAt != null) {
            throw RuleViolation.conflict("closure-already-lifted", null, "closure " + id + " was lifted at " + reopenedAt)
                    .with("id", id).with("at", reopenedAt);
        }
        reopenedAt = now;
        reopenedBy = officer;
        recordedEvents.record(new GateReopened(id.toString(), directions.names(), officer, now));
    }

    /**
     * Reason, remarks and period as parameters of a message that names {@code {closure,phrase}} ({@code phrase.closure}
     * or, with remarks, {@code phrase.closure-remarked}).
     */
    public Map<String, Object> parameters() {
        boolean remarked = remarks != null && !remarks.isBlank();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("closure", remarked ? "phrase.closure-remarked" : "phrase.closure");
        parameters.put("reason", reason.name());
        parameters.put("remarks", remarks);
        parameters.put("from", closedFrom);
        parameters.put("until", closedUntil);
        return parameters;
    }

    /** What a driver whose booking this closure hit is told: {@code notice.<what>} with the closure's parameters. */
    public Message notice(String what) {
        return Message.of("notice." + what).with(parameters());
    }

    /** A short description (English, for the record): reason, remarks and period. */
    public String describe() {
        return reason + (remarks == null || remarks.isBlank() ? "" : ", " + remarks) + ", " + closedFrom + " to " + closedUntil;
    }

    /** The events caused since the last call; the caller publishes them. */
    public List<GateEvent> drainEvents() {
        return recordedEvents.drain();
    }

    public Set<Direction> directions() {
        return directions.asSet();
    }

    public UUID id() {
        return id;
    }

    public Instant closedFrom() {
        return closedFrom;
    }

    public Instant closedUntil() {
        return closedUntil;
    }

    public ClosureReason reason() {
        return reason;
    }

    public String remarks() {
        return remarks;
    }

    public ClosureAction bookingAction() {
        return bookingAction;
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public int bookingsMoved() {
        return bookingsMoved;
    }

    public int bookingsCancelled() {
        return bookingsCancelled;
    }

    public Instant reopenedAt() {
        return reopenedAt;
    }

    public String reopenedBy() {
        return reopenedBy;
    }
}
