package vn.laocai.gate.queue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.laocai.gate.queue.config.QueueConfig;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.BookingRepository;
import vn.laocai.gate.queue.domain.GateClosure;
import vn.laocai.gate.queue.domain.GateClosureRepository;
import vn.laocai.gate.queue.domain.BookingStatus;
import vn.laocai.gate.queue.domain.CancelReason;
import vn.laocai.gate.queue.domain.CheckInMethod;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.DocumentCheck;
import vn.laocai.gate.queue.domain.Lanes;
import vn.laocai.gate.queue.domain.Plate;
import vn.laocai.gate.queue.domain.Throughput;
import vn.laocai.gate.queue.domain.YardAction;
import vn.laocai.gate.queue.domain.YardActionRepository;
import vn.laocai.gate.queue.domain.YardQueue;
import vn.laocai.gate.queue.security.QrClaims;
import vn.laocai.gate.queue.security.QrTokens;
import vn.laocai.gate.support.domain.InvalidValueException;
import vn.laocai.gate.support.domain.NotFoundException;
import vn.laocai.gate.support.domain.RuleViolation;
import vn.laocai.gate.support.audit.AuditTrail;
import vn.laocai.gate.support.outbox.Outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Use cases of the yard and the gate: check-in, the queue, call-forward, gate in and out, officers' actions. */
@ApplicationScoped
public class YardService {

    /** The yard action (and audit action) of a vehicle called forward out of turn. */
    static final String OUT_OF_TURN_CALL = "OUT_OF_TURN_CALL";
    /** The yard action of an officer's reorder (audited as {@code QUEUE_REORDERED}). */
    static final String QUEUE_REORDERED_ACTION = "REORDER";
    /** The audit actions of the officers' other actions on a vehicle, by yard action. */
    private static final Map<String, String> AUDITED = Map.of("GATE_OUT", "GATE_OUT", "HOLD", "VEHICLE_HELD",
            "LIFT_HOLD", "VEHICLE_HOLD_LIFTED", "REMOVE", "VEHICLE_REMOVED");

    private final BookingRepository bookings;
    private final YardActionRepository actions;
    private final Lanes lanes;
    private final QrTokens tokens;
    private final Outbox outbox;
    private final YardNotifier notifier;
    private final Clock clock;
    private final QueueConfig config;
    private final AuditTrail audit;
    private final GateClosureRepository closures;

    public YardService(BookingRepository bookings, YardActionRepository actions, Lanes lanes, QrTokens tokens, Outbox outbox,
                       YardNotifier notifier, Clock clock, QueueConfig config, AuditTrail audit, GateClosureRepository closures) {
        this.audit = audit;
        this.closures = closures;
        this.bookings = bookings;
        this.actions = actions;
        this.lanes = lanes;
        this.tokens = tokens;
        this.outbox = outbox;
        this.notifier = notifier;
        this.clock = clock;
        this.config = config;
    }

    /**
     * Checks a vehicle in by its booking QR (the signed token) or by its plate; with both, the plate
     * must be the booking's. By plate, the booking whose slot is nearest now is taken. The driver's
     * document number the officer read, if given, is compared with the booking's driver: a mismatch
     * still checks in (the officer decides) and is recorded.
     */
    @Transactional
    public Booking checkIn(String qrToken, Plate plate, String presentedDocument, String officer) {
        Instant now = Instant.now(clock);
        Booking booking;
        CheckInMethod method;
        if (qrToken != null) {
            QrClaims qr = tokens.verify(qrToken, now);
            String code = qr.bookingCode();
            booking = bookings.findByCode(code).orElseThrow(() -> new RuleViolation("invalid-qr", "qrToken", "qrToken names no booking").keyed("unknown"));
            if (!qr.isCurrentFor(booking.plate().value(), booking.window().start())) {
                throw new RuleViolation("invalid-qr", "qrToken", "qrToken is the QR of an earlier arrival window of this booking; "
                        + "show the current QR or check in by plate").keyed("superseded");
            }
            if (plate != null && !plate.equals(booking.plate())) {
                throw new RuleViolation("plate-mismatch", "plate", "plate " + plate.display() + " is not the vehicle of booking "
                        + code + " (" + booking.plate().display() + "); a booking cannot be transferred")
                        .with("plate", plate.display()).with("code", code).with("booked", booking.plate().display());
            }
            method = CheckInMethod.QR;
        } else if (plate != null) {
            booking = bookings.bookedForPlate(plate).stream()
                    .min(Comparator.comparing((Booking b) -> Duration.between(b.window().start(), now).abs()))
                    .orElseThrow(() -> new RuleViolation("no-booking-for-plate", "plate",
                            "plate " + plate.display() + " has no booking waiting for check-in").with("plate", plate.display()));
            method = CheckInMethod.PLATE;
        } else {
            throw new InvalidValueException("qrToken", "give the scanned qrToken or the plate").saying("qr-or-plate");
        }
        lockForChange(booking);
        booking.checkIn(method, presentedDocument, config.arrival().earlyCheckIn(), config.arrival().grace(), now);
        DocumentCheck document = booking.yard().driverDocument();
        record(booking, "CHECK_IN", method.name(), "driver document " + document, officer, now);
        if (document == DocumentCheck.MISMATCH) {
            audit.record(officer, "CHECK_IN_DOCUMENT_MISMATCH", booking.code(), "the document read is not the booked driver's",
                    Map.of("plate", booking.plate().value(), "method", method.name()));
        }
        return booking;
    }

    /** The queue of a direction with positions and ETAs, and the gate area. */
    @Transactional
    public YardQueue queue(Direction direction) {
        List<Instant> gateIns = bookings.recentGateIns(direction, config.yard().throughputSample());
        Duration fallback = Throughput.designInterval(lanes.count(direction), config.lanes().vehiclesPerLanePerDay());
        Instant now = Instant.now(clock);
        return new YardQueue(direction, bookings.waiting(direction), bookings.inGateArea(direction),
                Throughput.interval(gateIns, fallback), now, GateClosure.inForce(closures.activeAfter(now), direction, now).orElse(null));
    }

    @Transactional
    public List<Booking> gateArea(Direction direction) {
        return bookings.inGateArea(direction);
    }

    /** Calls forward the next vehicles of a direction whose clearance allows it, as many as asked and the gate area takes. */
    @Transactional
    public List<YardQueue.Call> callForward(Direction direction, Integer count, String officer) {
        bookings.lock("yard:" + direction);
        GateClosure.requireOpen(closures.activeAfter(Instant.now(clock)), direction, Instant.now(clock));
        YardQueue queue = queue(direction);
        List<YardQueue.Call> calls = queue.nextToCall(count,
                new YardQueue.Limits(config.yard().callForwardBatch(), config.yard().gateAreaCapacity()), lanes);
        Instant now = Instant.now(clock);
        for (YardQueue.Call call : calls) {
            call.booking().callForward(call.lane(), now);
            record(call.booking(), "CALL_FORWARD", null, "batch, lane " + call.lane(), officer, now);
        }
        if (!calls.isEmpty()) {
            audit.record(officer, "CALL_FORWARD_BATCH", direction.name(), null,
                    Map.of("bookings", calls.stream().map(c -> c.booking().code()).toList()));
        }
        return new ArrayList<>(calls);
    }

    /**
     * Calls one vehicle forward out of turn, with the officer's reason (400 without one); refused when
     * its clearance does not allow it or the gate area is full. Listed in {@link #outOfTurn}.
     */
    @Transactional
    public Booking callForwardOne(String code, String reason, String officer) {
        requireReason(reason, "calling a vehicle out of turn");
        Booking booking = find(code);
        bookings.lock("yard:" + booking.direction());
        GateClosure.requireOpen(closures.activeAfter(Instant.now(clock)), booking.direction(), Instant.now(clock));
        YardQueue queue = queue(booking.direction());
        if (queue.inGateAreaCount() >= config.yard().gateAreaCapacity()) {
            throw RuleViolation.conflict("gate-area-full", null, "the " + booking.direction() + " gate area already holds "
                    + queue.inGateAreaCount() + " vehicles, its capacity").with("direction", booking.direction()).with("count", queue.inGateAreaCount());
        }
        Instant now = Instant.now(clock);
        int lane = queue.laneFor(lanes);
        booking.callForward(lane, now);
        record(booking, OUT_OF_TURN_CALL, reason, "lane " + lane, officer, now);
        audit.record(officer, OUT_OF_TURN_CALL, code, reason, Map.of("lane", lane, "direction", booking.direction().name()));
        return booking;
    }

    @Transactional
    public Booking gateIn(String code, Integer lane, String officer) {
        Booking booking = find(code);
        if (lane != null && !lanes.belongsTo(lane, booking.direction())) {
            throw new RuleViolation("wrong-lane", "lane", "lane " + lane + " is not a " + booking.direction() + " lane; those are " + lanes.of(booking.direction()))
                    .with("lane", lane).with("direction", booking.direction()).with("lanes", lanes.of(booking.direction()));
        }
        bookings.lock("yard:" + booking.direction());
        GateClosure.requireOpen(closures.activeAfter(Instant.now(clock)), booking.direction(), Instant.now(clock));
        long inside = bookings.inGateArea(booking.direction()).stream()
                .filter(b -> b.status() == BookingStatus.IN_GATE || b.status() == BookingStatus.RELEASED).count();
        if (inside >= config.yard().acrossAtATime()) {
            throw RuleViolation.conflict("gate-full", null, inside + " " + booking.direction()
                    + " vehicles are inside the gate, the most at a time; wait for one to leave")
                    .with("count", inside).with("direction", booking.direction());
        }
        Instant now = Instant.now(clock);
        booking.enterGate(lane, now);
        record(booking, "GATE_IN", null, "lane " + booking.yard().lane(), officer, now);
        audit.record(officer, "GATE_IN", code, null, Map.of("lane", booking.yard().lane(), "status", booking.status().name()));
        return booking;
    }

    @Transactional
    public Booking gateOut(String code, String officer) {
        return act(code, "GATE_OUT", null, officer, (b, now) -> b.exit(now));
    }

    @Transactional
    public Booking hold(String code, String reason, String officer) {
        return act(code, "HOLD", reason, officer, (b, now) -> b.hold(reason, officer, now));
    }

    @Transactional
    public Booking liftHold(String code, String reason, String officer) {
        return act(code, "LIFT_HOLD", reason, officer, (b, now) -> b.liftHold(reason, officer, now));
    }

    /** Moves a waiting vehicle to {@code position} (1 = next) of its queue, with the officer's reason (400 without one). */
    @Transactional
    public Booking reorder(String code, int position, String reason, String officer) {
        requireReason(reason, "a reorder");
        Booking booking = find(code);
        bookings.lock("yard:" + booking.direction());
        YardQueue queue = queue(booking.direction());
        if (queue.entryOf(code).isEmpty()) {
            throw RuleViolation.conflict("not-waiting", null, "vehicle " + booking.plate().display() + " is " + booking.status() + ", not waiting in the yard")
                    .keyed("reorder").with("plate", booking.plate().display()).with("status", booking.status());
        }
        int target = Math.min(position, queue.size());
        Instant now = Instant.now(clock);
        booking.reorder(queue.keyForPosition(code, target), target, reason, officer, now);
        record(booking, QUEUE_REORDERED_ACTION, reason, "to position " + target, officer, now);
        audit.record(officer, "QUEUE_REORDERED", code, reason, Map.of("position", target, "direction", booking.direction().name()));
        return booking;
    }

    /** Takes a vehicle out of the yard (or a rejected one out of the gate): its booking is cancelled by the officer. */
    @Transactional
    public Booking remove(String code, String reason, String officer) {
        return act(code, "REMOVE", reason, officer, (b, now) -> b.cancel(CancelReason.OFFICER, reason, officer, now));
    }

    /** One officer's action on one vehicle, recorded with its events and in the audit trail. */
    private Booking act(String code, String action, String reason, String officer, java.util.function.BiConsumer<Booking, Instant> change) {
        Booking booking = find(code);
        Instant now = Instant.now(clock);
        change.accept(booking, now);
        record(booking, action, reason, null, officer, now);
        audit.record(officer, AUDITED.get(action), code, reason, Map.of("status", booking.status().name()));
        return booking;
    }

    /**
     * The out-of-turn calls and the reorders of a local day (the service's zone), oldest first, each
     * with the booking it moved.
     */
    @Transactional
    public List<OutOfTurnAction> outOfTurn(LocalDate day) {
        ZoneId zone = config.zone();
        List<YardAction> taken = actions.between(List.of(OUT_OF_TURN_CALL, QUEUE_REORDERED_ACTION),
                day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
        Map<String, Booking> moved = new HashMap<>();
        return taken.stream().map(a -> new OutOfTurnAction(a, moved.computeIfAbsent(a.bookingCode(),
                c -> bookings.findByCode(c).orElseThrow(() -> new NotFoundException("Booking", c))))).toList();
    }

    /** An out-of-turn call or a reorder, and the booking it moved. */
    public record OutOfTurnAction(YardAction action, Booking booking) {
    }

    private static void requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "give the reason for " + what + "; it is kept for the record").saying("reason-needed");
        }
    }

    @Transactional
    public List<YardAction> actions(String code) {
        return actions.ofBooking(code);
    }

    /** The position and ETA of a waiting booking, if it waits. */
    @Transactional
    public Optional<YardQueue.Entry> placeOf(Booking booking) {
        if (booking.status() != BookingStatus.WAITING) {
            return Optional.empty();
        }
        return queue(booking.direction()).entryOf(booking.code());
    }

    /** The booking, locked for a change: the yard of its direction first, then its row. */
    private Booking find(String code) {
        Booking booking = bookings.findByCode(code).orElseThrow(() -> new NotFoundException("Booking", code));
        lockForChange(booking);
        return booking;
    }

    private void lockForChange(Booking booking) {
        bookings.lock("yard:" + booking.direction());
        bookings.lockForChange(booking);
    }

    private void record(Booking booking, String action, String reason, String detail, String officer, Instant now) {
        actions.add(new YardAction(booking.code(), action, reason, detail, officer, now));
        outbox.recordAll(booking.drainEvents());
        bookings.flush();
        notifier.changed(booking.direction(), booking.code());
    }
}
