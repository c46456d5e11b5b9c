package vn.laocai.gate.queue.simulation;

import vn.laocai.gate.queue.config.QueueConfig;
import vn.laocai.gate.queue.domain.ArrivalWindow;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.BookingAdmission;
import vn.laocai.gate.queue.domain.BookingLimits;
import vn.laocai.gate.queue.domain.BookingStatus;
import vn.laocai.gate.queue.domain.CancelReason;
import vn.laocai.gate.queue.domain.CargoCategory;
import vn.laocai.gate.queue.domain.CheckInMethod;
import vn.laocai.gate.queue.domain.ClosureAction;
import vn.laocai.gate.queue.domain.ClosureReason;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.Driver;
import vn.laocai.gate.queue.domain.GateClosure;
import vn.laocai.gate.queue.domain.Lanes;
import vn.laocai.gate.queue.domain.SlotCalendar;
import vn.laocai.gate.queue.domain.Throughput;
import vn.laocai.gate.queue.domain.Vehicle;
import vn.laocai.gate.queue.domain.YardQueue;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One simulated run of the gate in virtual time, through the vehicle-queue service's own domain:
 * {@link BookingAdmission} and the {@link SlotCalendar} admit the bookings, {@link Booking} checks
 * vehicles in (re-queueing the late ones), keeps their clearance and refuses a call-forward it does
 * not allow, {@link YardQueue} orders the queue by priority class and picks whom to call within the
 * batch and gate-area limits and to which lane; the settings come from the service's
 * {@link QueueConfig}. What the simulation adds is only what the service leaves to people: when
 * trucks come, how long each agency takes, and the officers' call-forward and gate-in as soon as the
 * rules let them.
 */
public final class GateDay {

    /** Runs longer than this after the last day are cut: the trucks still waiting are counted as waiting until then. */
    static final double DRAIN_LIMIT = 5 * 86_400.0;

    private final DayModel model;
    private final QueueConfig config;
    private final Scenario scenario;
    private final List<ClosedHours> closures;
    /** The real day the run starts from, or null for the model's day. */
    private final ComingDay day;
    private final int days;
    private final EventQueue events = new EventQueue();
    private final MemoryBookings bookings = new MemoryBookings(b -> this.byCode.get(b.code()).account());
    private final MemoryClosures declaredClosures = new MemoryClosures();
    private final Lanes lanes;
    private final BookingAdmission admission;
    private final Instant start;
    private final List<Truck> trucks;
    private final Map<String, Truck> byCode = new HashMap<>();
    private final Map<Direction, GateSide> sides = new HashMap<>();
    private final RunRecorder recorder;
    private final SplittableRandom runRandom;

    /** The model's day (its {@code trucks}, {@code date} and {@code days}), with a closure or none. */
    public GateDay(DayModel model, QueueConfig config, Scenario scenario, long seed, ClosedHours closure) {
        this(model, config, scenario, seed, closure == null ? List.of() : List.of(closure), null);
    }

    /** A real day: its bookings, closures and calendar; the model gives the walk-ins and the agencies' times. */
    public static GateDay of(ComingDay day, DayModel model, QueueConfig config, Scenario scenario, long seed) {
        return new GateDay(model, config, scenario, seed, day.closures(), day);
    }

    private GateDay(DayModel model, QueueConfig config, Scenario scenario, long seed, List<ClosedHours> closures, ComingDay day) {
        this.model = model;
        this.config = config;
        this.scenario = scenario;
        this.closures = List.copyOf(closures);
        this.day = day;
        this.days = day == null ? model.count("days", 1) : 1;
        this.lanes = new Lanes(config.lanes().export(), config.lanes().imports());
        this.start = (day == null ? model.date() : day.date()).atStartOfDay(config.zone()).toInstant();
        QueueConfig.Limits limits = config.limits();
        this.admission = new BookingAdmission(bookings, declaredClosures, new MemoryCalendar(day == null ? Map.of() : day.calendar()),
                config.zone(), lanes,
                config.lanes().vehiclesPerLanePerDay(),
                new BookingLimits(limits.openBookingsPerAccount(), limits.openBookingsPerVehicle(), limits.minimumGap()));
        for (Direction d : Direction.values()) {
            sides.put(d, new GateSide(d, lanes));
        }
        this.recorder = new RunRecorder(days * 86_400.0, lanes);
        this.runRandom = new SplittableRandom(seed);
        this.trucks = Truck.of(model, seed, days, day == null ? null : day.booked().stream()
                .map(b -> new Truck.Booked(b.direction(), b.perishable(), seconds(b.slotStart()))).toList());
    }

    /** Runs the day (and the hours after it until the yard is empty, at most {@link #DRAIN_LIMIT}) and measures it. */
    public RunResult run() {
        double lead = -model.number("bookingLeadHours") * 3600;
        for (ClosedHours closure : closures) {
            declareClosure(closure, lead);
        }
        if (scenario.slots()) {
            bookSlots(lead);
        }
        for (Truck truck : trucks) {
            if (truck.noShow) {
                continue;
            }
            double ready = truck.loadedArrival;
            if (scenario.papersBeforeDeparture() && truck.incomplete) {
                ready += truck.fixTime;
                truck.papersFixed = true;
            }
            double arrival = truck.slotStart == null ? ready : Math.max(ready, truck.slotStart + truck.lateness);
            events.at(arrival, () -> arrive(truck));
        }
        events.runUntil(days * 86_400.0 + DRAIN_LIMIT);
        double end = Math.max(events.now(), days * 86_400.0);
        return recorder.result(trucks, end, scenario.slots());
    }

    private void declareClosure(ClosedHours closure, double now) {
        if (closure.announced()) {
            declaredClosures.add(GateClosure.declare(closure.directions(), instant(closure.fromHour() * 3600),
                    instant(closure.untilHour() * 3600), ClosureReason.OTHER, "simulated closure", ClosureAction.MOVE, "simulation", instant(now)));
        }
        events.at(closure.untilHour() * 3600, () -> {
            for (Direction d : closure.directions()) {
                tryGateIn(d);
                tryCallForward(d);
            }
        });
    }

    /**
     * The evening before, the trucks book in random order the slot of the hour they expect to arrive, or
     * the next free one. On a real day, the booked trucks hold their slots, in slot order (one that a
     * closure or a smaller calendar refuses takes the next free slot, as a closure moves it), and the
     * walk-ins book when they come.
     */
    private void bookSlots(double now) {
        if (day != null) {
            trucks.stream().filter(t -> t.bookedSlot != null).forEach(t -> book(t, t.bookedSlot, now));
            return;
        }
        List<Truck> order = new ArrayList<>(trucks);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = runRandom.nextInt(i + 1);
            Truck swap = order.get(i);
            order.set(i, order.get(j));
            order.set(j, swap);
        }
        for (Truck truck : order) {
            book(truck, truck.loadedArrival, now);
        }
    }

    /** A booking admitted by the service's rules, trying hour after hour from {@code from} when a slot is full or closed. */
    private void book(Truck truck, double from, double now) {
        Vehicle vehicle = truck.vehicle();
        Driver driver = truck.driver();
        String account = truck.account();
        Instant planned = instant(from);
        SlotCalendar calendar = admission.calendar(instant(now));
        for (int attempt = 0; attempt < 24 * 7; attempt++) {
            Instant slot = planned.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
            if (bookings.countInSlot(truck.direction, slot) >= calendar.capacity(truck.direction, slot)) {
                planned = slot.plus(ArrivalWindow.LENGTH); // a shortcut past hours already full; admit() decides all the same
                continue;
            }
            try {
                ArrivalWindow window = admission.admit(account, vehicle.plate(), driver, truck.direction, planned, instant(now));
                newBooking(truck, Booking.book(truck.nextCode(), account, vehicle, driver, truck.direction, cargo(truck), window, instant(now)), now);
                scheduleNoShowSweep(truck.booking);
                return;
            } catch (RuleViolation refused) {
                planned = planned.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plus(ArrivalWindow.LENGTH);
            }
        }
        throw new IllegalStateException("no free slot for truck " + truck.index + " within a week");
    }

    /** The paper card of 2020: a place in the queue from the hour of arrival, no slot admission. */
    private void walkIn(Truck truck, double now) {
        ArrivalWindow window = ArrivalWindow.startingAt(instant(now).truncatedTo(java.time.temporal.ChronoUnit.HOURS));
        newBooking(truck, Booking.book(truck.nextCode(), truck.account(), truck.vehicle(), truck.driver(), truck.direction, cargo(truck), window,
                instant(now)), now);
    }

    private void newBooking(Truck truck, Booking booking, double now) {
        byCode.put(booking.code(), truck);
        bookings.add(booking);
        truck.booking = booking;
        truck.slotStart = scenario.slots() ? seconds(booking.window().start()) : null;
        truck.declaration = "DECL-" + booking.code();
        booking.declarationSubmitted(truck.declaration, null, true, perishableDecision(truck), instant(now));
        booking.drainEvents();
    }

    private void scheduleNoShowSweep(Booking booking) {
        Duration grace = config.arrival().grace();
        Duration cancelAfter = config.arrival().cancelAfter();
        events.at(seconds(booking.window().graceUntil(grace)) + 1, () -> booking.markNoShow(grace, cancelAfter, instant(events.now())));
        events.at(seconds(booking.window().cancelAt(cancelAfter)), () -> {
            if (booking.isDueForNoShowCancellation(cancelAfter, instant(events.now()))) {
                booking.cancel(CancelReason.NO_SHOW, null, instant(events.now()));
            }
        });
    }

    private static CargoCategory cargo(Truck truck) {
        return truck.perishable ? CargoCategory.PERISHABLE : CargoCategory.GENERAL;
    }

    /** Clearance's decision that the goods are perishable, passed to the queue only when perishables go first. */
    private boolean perishableDecision(Truck truck) {
        return scenario.perishablesFirst() && truck.perishable;
    }

    private void arrive(Truck truck) {
        double now = events.now();
        truck.visits++;
        truck.visitArrival = now;
        recorder.arrived(truck, now);
        if (truck.booking == null || truck.booking.status() == BookingStatus.CANCELLED) {
            if (scenario.slots()) {
                book(truck, now, now);
            } else {
                walkIn(truck, now);
            }
        }
        checkIn(truck);
    }

    private void checkIn(Truck truck) {
        double now = events.now();
        Duration early = config.arrival().earlyCheckIn();
        Booking booking = truck.booking;
        if (instant(now).isBefore(booking.window().checkInOpens(early))) {
            events.at(seconds(booking.window().checkInOpens(early)), () -> checkIn(truck));
            return;
        }
        // the officer reads the document off the driver's papers: the simulated drivers are who they booked as
        booking.checkIn(CheckInMethod.QR, booking.driver().documentNumber(), early, config.arrival().grace(), instant(now));
        if (scenario.callForwardWhenCleared()) {
            events.at(now + truck.documents(), () -> papersReviewedInYard(truck));
        } else {
            booking.consignmentReady(truck.declaration, perishableDecision(truck), instant(now));
        }
        booking.drainEvents();
        tryCallForward(truck.direction);
    }

    /** With call-forward only when cleared, the papers are reviewed while the truck waits: ready, or held until fixed. */
    private void papersReviewedInYard(Truck truck) {
        double now = events.now();
        if (truck.hasPapersToFix()) {
            truck.booking.consignmentHeld(truck.declaration, "documents", "papers incomplete", instant(now));
            events.at(now + truck.fixTime, () -> {
                truck.papersFixed = true;
                papersReviewedInYard(truck);
            });
            return;
        }
        truck.booking.consignmentReady(truck.declaration, perishableDecision(truck), instant(now));
        truck.booking.drainEvents();
        tryCallForward(truck.direction);
    }

    private void tryCallForward(Direction direction) {
        double now = events.now();
        if (closed(direction, now)) {
            return;
        }
        QueueConfig.Yard yard = config.yard();
        GateSide side = sides.get(direction);
        if (side.inGateArea >= yard.gateAreaCapacity()) {
            return; // a shortcut only: YardQueue decides the room itself
        }
        List<Booking> waiting = bookings.waiting(direction);
        if (waiting.isEmpty()) {
            return;
        }
        Duration fallback = Throughput.designInterval(lanes.count(direction), config.lanes().vehiclesPerLanePerDay());
        YardQueue queue = new YardQueue(direction, waiting, bookings.inGateArea(direction),
                Throughput.interval(bookings.recentGateIns(direction, yard.throughputSample()), fallback), instant(now));
        for (YardQueue.Call call : queue.nextToCall(null, new YardQueue.Limits(yard.callForwardBatch(), yard.gateAreaCapacity()), lanes)) {
            call.booking().callForward(call.lane(), instant(now));
            call.booking().drainEvents();
            side.inGateArea++;
            Truck truck = byCode.get(call.booking().code());
            events.at(now + truck.travel, () -> reachGate(truck));
        }
    }

    private void reachGate(Truck truck) {
        GateSide side = sides.get(truck.direction);
        side.gateArea.add(truck);
        if (scenario.callForwardWhenCleared()) {
            truck.cleared = true;
            tryGateIn(truck.direction);
        } else {
            truck.cleared = false;
            events.at(events.now() + truck.documents(), () -> papersCheckedAtGate(truck));
        }
    }

    /** The paper way: the papers are checked at the gate; an incomplete file is sent back to be fixed. */
    private void papersCheckedAtGate(Truck truck) {
        double now = events.now();
        if (!truck.hasPapersToFix()) {
            truck.cleared = true;
            tryGateIn(truck.direction);
            return;
        }
        Booking booking = truck.booking;
        booking.consignmentRejected(truck.declaration, "documents", "papers incomplete", instant(now));
        booking.cancel(CancelReason.OFFICER, "papers incomplete: sent back to fix them", instant(now));
        booking.drainEvents();
        sides.get(truck.direction).gateArea.remove(truck);
        sides.get(truck.direction).inGateArea--;
        truck.sentBack++;
        recorder.leftQueue(truck, now);
        events.at(now + truck.fixTime, () -> {
            truck.papersFixed = true;
            arrive(truck);
        });
        tryCallForward(truck.direction);
    }

    private void tryGateIn(Direction direction) {
        GateSide side = sides.get(direction);
        double now = events.now();
        while (side.inside < config.yard().acrossAtATime()) {
            if (closed(direction, now)) {
                return;
            }
            int dayIndex = (int) Math.floor(now / 86_400.0);
            if (direction == Direction.EXPORT && side.gateInsOn(dayIndex) >= model.count("chinaDailyExportLimit")) {
                side.retryAt((dayIndex + 1) * 86_400.0, events, () -> tryGateIn(direction));
                return;
            }
            Truck next = side.gateArea.stream().filter(t -> t.cleared).findFirst().orElse(null);
            if (next == null) {
                return;
            }
            side.gateArea.remove(next);
            side.inside++;
            side.countGateIn(dayIndex);
            Integer lane = next.booking.yard().lane();
            next.booking.enterGate(lane, instant(now));
            next.booking.drainEvents();
            bookings.gateIn(direction, instant(now));
            next.gateInAt = now;
            recorder.leftQueue(next, now);
            side.toBooth(lane, next, events, recorder, this::afterBooth);
        }
    }

    private void afterBooth(Truck truck) {
        events.at(events.now() + truck.insideAfterBooth(), () -> finish(truck));
    }

    private void finish(Truck truck) {
        double now = events.now();
        Booking booking = truck.booking;
        booking.consignmentCleared(truck.declaration, instant(now));
        booking.exit(instant(now));
        booking.drainEvents();
        truck.exitAt = now;
        sides.get(truck.direction).inside--;
        sides.get(truck.direction).inGateArea--;
        recorder.exited(truck, now);
        tryGateIn(truck.direction);
        tryCallForward(truck.direction);
    }

    private boolean closed(Direction direction, double now) {
        return closures.stream().anyMatch(c -> c.covers(direction, now));
    }

    private Instant instant(double seconds) {
        return start.plusMillis(Math.round(seconds * 1000));
    }

    private double seconds(Instant at) {
        return Duration.between(start, at).toMillis() / 1000.0;
    }
}
