package vn.laocai.gate.queue.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import vn.laocai.gate.events.BookingAmended;
import vn.laocai.gate.events.BookingCancelled;
import vn.laocai.gate.events.CrossingBooked;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.events.VehicleCalledForward;
import vn.laocai.gate.events.VehicleCheckedIn;
import vn.laocai.gate.events.VehicleEnteredGate;
import vn.laocai.gate.events.VehicleExited;
import vn.laocai.gate.events.VehicleHeld;
import vn.laocai.gate.events.VehicleHoldLifted;
import vn.laocai.gate.events.VehicleNoShow;
import vn.laocai.gate.events.VehicleReleased;
import vn.laocai.gate.events.VehicleReordered;
import vn.laocai.gate.support.domain.RecordedEvents;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A crossing booked by a driver for one vehicle: the aggregate of the queue, from pre-registration
 * through the yard and the gate. It is bound to its vehicle and the account that booked it (never
 * transferred); amendments of the driver or the arrival window keep their history. It keeps the
 * clearance state of every consignment the vehicle carries, so it decides by itself whether the
 * vehicle may be called forward and when it is released. Each state change records its event.
 */
@Entity
@Table(name = "booking")
public class Booking {

    /** The arrival window a booking holds: one slot hour. */
    public static final Duration ARRIVAL_WINDOW = Duration.ofHours(1);

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(name = "owner_account", nullable = false, updatable = false)
    private String ownerAccount;

    @Column(nullable = false, updatable = false)
    private String plate;

    @Column(name = "trailer_plate", updatable = false)
    private String trailerPlate;

    @Enumerated(EnumType.STRING)
    @Column(name = "vehicle_type", updatable = false)
    private VehicleType vehicleType;

    @Enumerated(EnumType.STRING)
    @Column(name = "weight_class", updatable = false)
    private WeightClass weightClass;

    @Embedded
    private Driver driver;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "cargo_category", nullable = false)
    private CargoCategory cargoCategory;

    @Column(name = "arrival_window_start", nullable = false)
    private Instant arrivalWindowStart;

    @Column(name = "arrival_window_end", nullable = false)
    private Instant arrivalWindowEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BookingStatus status;

    @Column(name = "booked_at", nullable = false, updatable = false)
    private Instant bookedAt;

    @Column(name = "no_show_at")
    private Instant noShowAt;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_in_method")
    private CheckInMethod checkInMethod;

    @Column(name = "requeued", nullable = false)
    private boolean requeued;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority_class")
    private PriorityClass priorityClass;

    @Column(name = "queued_from")
    private Instant queuedFrom;

    @Column(name = "queue_key")
    private Long queueKey;

    @Column(name = "manually_ordered", nullable = false)
    private boolean manuallyOrdered;

    @Column(name = "held", nullable = false)
    private boolean held;

    @Column(name = "hold_reason")
    private String holdReason;

    @Column(name = "lane")
    private Integer lane;

    @Column(name = "called_forward_at")
    private Instant calledForwardAt;

    @Column(name = "entered_gate_at")
    private Instant enteredGateAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "released_for_declaration")
    private String releasedForDeclaration;

    @Column(name = "exited_at")
    private Instant exitedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_reason")
    private CancelReason cancelReason;

    /** The last thing the driver must be told (a closure moved or cancelled the booking). */
    @Column(name = "driver_notice")
    private String driverNotice;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "booking_consignment", joinColumns = @JoinColumn(name = "booking_id"))
    @MapKeyColumn(name = "declaration_id")
    private Map<String, Consignment> consignments = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "booking_amendment", joinColumns = @JoinColumn(name = "booking_id"))
    @OrderColumn(name = "seq")
    private List<BookingAmendment> amendments = new ArrayList<>();

    @Version
    private long revision;

    @Transient
    private final RecordedEvents recordedEvents = new RecordedEvents();

    protected Booking() {
    }

    /**
     * Books a crossing. The arrival window is the slot hour that contains the planned arrival.
     * Capacity, closures and limits are checked by the caller, which sees the other bookings.
     *
     * @throws RuleViolation when the plates are mixed up or the planned arrival is in the past
     */
    public static Booking book(String code, String ownerAccount, Vehicle vehicle, Driver driver,
                               Direction direction, CargoCategory cargo, Instant plannedArrival, Instant now) {
        Plate plate = vehicle.plate();
        Plate trailer = vehicle.trailer();
        if (plate.trailer()) {
            throw new RuleViolation("trailer-as-vehicle", "plate",
                    "plate " + plate.display() + " is a trailer plate; give the tractor's plate and the trailer separately");
        }
        if (trailer != null && !trailer.trailer() && trailer.country() == Plate.Country.VN) {
            throw new RuleViolation("not-a-trailer", "trailerPlate",
                    "trailerPlate " + trailer.display() + " is not a semi-trailer plate (series R)");
        }
        Instant windowStart = slotOf(plannedArrival, now);
        Booking booking = new Booking();
        booking.id = UUID.randomUUID();
        booking.code = code;
        booking.ownerAccount = ownerAccount;
        booking.plate = plate.value();
        booking.trailerPlate = trailer == null ? null : trailer.value();
        booking.vehicleType = vehicle.type();
        booking.weightClass = vehicle.weightClass();
        booking.driver = driver;
        booking.direction = direction;
        booking.cargoCategory = cargo;
        booking.arrivalWindowStart = windowStart;
        booking.arrivalWindowEnd = windowStart.plus(ARRIVAL_WINDOW);
        booking.status = BookingStatus.BOOKED;
        booking.bookedAt = now;
        booking.recordedEvents.record(new CrossingBooked(code, booking.plate, booking.trailerPlate, direction.name(),
                cargo.name(), driver.name(), booking.arrivalWindowStart, booking.arrivalWindowEnd, now,
                nameOf(vehicle.type()), nameOf(vehicle.weightClass()), driver.nationality(), driver.documentNumber()));
        return booking;
    }

    /** The slot hour of a planned arrival; refuses one whose hour is already over. */
    public static Instant slotOf(Instant plannedArrival, Instant now) {
        Instant windowStart = plannedArrival.truncatedTo(ChronoUnit.HOURS);
        if (windowStart.plus(ARRIVAL_WINDOW).isBefore(now)) {
            throw new RuleViolation("arrival-in-past", "plannedArrival",
                    "plannedArrival " + plannedArrival + " is in the past");
        }
        return windowStart;
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    // --- amendments and cancellation -------------------------------------------------------------

    /**
     * Amends the driver and/or the arrival window before the vehicle reaches the yard; the vehicle
     * and the account never change. The previous state stays in the history.
     */
    public void amend(Driver newDriver, Instant newWindowStart, String reason, String by, Instant now) {
        if (status != BookingStatus.BOOKED) {
            throw RuleViolation.conflict("booking-not-amendable", null,
                    "booking " + code + " is " + status + "; only a booking whose vehicle has not checked in can be amended");
        }
        if (newDriver == null && newWindowStart == null) {
            throw new RuleViolation("nothing-to-amend", null, "give another driver or a new plannedArrival");
        }
        if (newDriver != null) {
            driver = newDriver;
        }
        if (newWindowStart != null && !newWindowStart.equals(arrivalWindowStart)) {
            arrivalWindowStart = newWindowStart;
            arrivalWindowEnd = newWindowStart.plus(ARRIVAL_WINDOW);
            noShowAt = null;
        }
        int revisionNumber = amendments.size() + 2;
        amendments.add(new BookingAmendment(revisionNumber, driver, arrivalWindowStart, arrivalWindowEnd, reason, by, now));
        recordedEvents.record(new BookingAmended(code, revisionNumber, plate, trailerPlate, driver.name(),
                driver.nationality(), driver.documentNumber(), arrivalWindowStart, arrivalWindowEnd, reason, now));
    }

    /** Moves the booking to another slot because a gate closure hit it, and tells the driver. */
    public void moveForClosure(Instant newWindowStart, String closure, Instant now) {
        String reason = "Gate closure (" + closure + "): moved to the slot of " + newWindowStart;
        amend(null, newWindowStart, reason, "gate-closure", now);
        driverNotice = reason;
    }

    /** Cancels the booking; a vehicle inside the gate can only be taken out when its consignment was rejected. */
    public void cancel(CancelReason reason, String remarks, Instant now) {
        boolean turningBack = status == BookingStatus.IN_GATE && clearance() == ClearanceState.REJECTED;
        if (!status.isOpen() || (status.isInGateArea() && status != BookingStatus.CALLED_FORWARD && !turningBack)) {
            throw RuleViolation.conflict("booking-not-cancellable", null,
                    "booking " + code + " is " + status + " and can no longer be cancelled");
        }
        if (reason == CancelReason.DRIVER && status != BookingStatus.BOOKED && status != BookingStatus.WAITING) {
            throw RuleViolation.conflict("booking-not-cancellable", null,
                    "booking " + code + " was called forward; ask the gate officer");
        }
        status = BookingStatus.CANCELLED;
        cancelledAt = now;
        cancelReason = reason;
        held = false;
        if (reason == CancelReason.GATE_CLOSURE || reason == CancelReason.NO_SHOW) {
            driverNotice = reason == CancelReason.NO_SHOW ? "Cancelled: the vehicle did not arrive" : "Cancelled: " + remarks;
        }
        recordedEvents.record(new BookingCancelled(code, plate, reason.name(), remarks, now));
    }

    // --- no-show -------------------------------------------------------------------------------

    /**
     * Records that the vehicle did not arrive within the grace window; a second call does nothing.
     * If it still comes, it is re-queued behind the vehicles on time; at {@code cancelAt} the
     * booking is cancelled.
     *
     * @return whether this call recorded the no-show
     */
    public boolean markNoShow(Duration grace, Duration cancelAfter, Instant now) {
        Instant graceUntil = arrivalWindowEnd.plus(grace);
        if (status != BookingStatus.BOOKED || noShowAt != null || !now.isAfter(graceUntil)) {
            return false;
        }
        noShowAt = now;
        driverNotice = "Not arrived by " + graceUntil + ": if the vehicle still comes it is re-queued behind those on time; "
                + "the booking is cancelled at " + arrivalWindowEnd.plus(cancelAfter);
        recordedEvents.record(new VehicleNoShow(code, plate, direction.name(), arrivalWindowStart, arrivalWindowEnd,
                graceUntil, arrivalWindowEnd.plus(cancelAfter), now));
        return true;
    }

    /** Whether a booked vehicle that never came is due for automatic cancellation. */
    public boolean isDueForNoShowCancellation(Duration cancelAfter, Instant now) {
        return status == BookingStatus.BOOKED && !now.isBefore(arrivalWindowEnd.plus(cancelAfter));
    }

    // --- the yard --------------------------------------------------------------------------------

    /**
     * Checks the vehicle in at the yard. On time (up to the grace window after its slot) it queues
     * from its slot hour; later it is re-queued from its arrival, behind those on time.
     */
    public void checkIn(CheckInMethod method, Duration earlyAllowance, Duration grace, Instant now) {
        if (status == BookingStatus.CANCELLED) {
            throw RuleViolation.conflict("booking-cancelled", null, "booking " + code + " was cancelled (" + cancelReason + ")");
        }
        if (status != BookingStatus.BOOKED) {
            throw RuleViolation.conflict("already-checked-in", null, "vehicle " + Plate.display(plate) + " already checked in; it is " + status);
        }
        if (now.isBefore(arrivalWindowStart.minus(earlyAllowance))) {
            throw new RuleViolation("too-early", null, "booking " + code + " holds the slot of " + arrivalWindowStart
                    + "; check-in opens " + earlyAllowance.toHours() + " h before it");
        }
        requeued = now.isAfter(arrivalWindowEnd.plus(grace));
        queuedFrom = requeued ? now : arrivalWindowStart;
        priorityClass = PriorityRule.classOf(cargoCategory, consignments.values());
        queueKey = QueueKey.of(priorityClass, queuedFrom);
        checkedInAt = now;
        checkInMethod = method;
        status = BookingStatus.WAITING;
        recordedEvents.record(new VehicleCheckedIn(code, plate, direction.name(), priorityClass.name(), now));
    }

    /** Calls the vehicle forward to the gate area toward {@code lane}, if its clearance allows it. */
    public void callForward(int lane, Instant now) {
        String refusal = callForwardRefusal();
        if (refusal != null) {
            throw RuleViolation.conflict(refusal, null, "vehicle " + Plate.display(plate) + " (" + code + ") cannot be called forward: "
                    + describeRefusal(refusal));
        }
        this.lane = lane;
        status = BookingStatus.CALLED_FORWARD;
        calledForwardAt = now;
        recordedEvents.record(new VehicleCalledForward(code, plate, direction.name(), lane, now));
    }

    /** Why the vehicle may not be called forward now (a problem slug), or null when it may. */
    public String callForwardRefusal() {
        if (status != BookingStatus.WAITING) {
            return "not-waiting";
        }
        if (held) {
            return "vehicle-held";
        }
        if (!clearanceAllowsCallForward()) {
            return clearance() == ClearanceState.REJECTED ? "consignment-rejected" : "clearance-pending";
        }
        return null;
    }

    private String describeRefusal(String refusal) {
        switch (refusal) {
            case "not-waiting":
                return "it is " + status + ", not waiting in the yard";
            case "vehicle-held":
                return "an officer holds it (" + holdReason + ")";
            case "consignment-rejected":
                return "its consignment was rejected; it must turn back";
            default:
                return "its clearance is " + clearance() + "; it may be called forward once the consignment is ready for the gate";
        }
    }

    /**
     * Whether clearance lets the vehicle approach the gate: every consignment ready (or cleared);
     * an empty vehicle with no declaration needs none (assumption: an empty truck carries no goods
     * to declare; the border guard checks vehicle and driver in the control area).
     */
    public boolean clearanceAllowsCallForward() {
        ClearanceState clearance = clearance();
        return clearance == ClearanceState.READY || clearance == ClearanceState.CLEARED || needsNoDeclaration();
    }

    private boolean needsNoDeclaration() {
        return cargoCategory == CargoCategory.EMPTY && consignments.isEmpty();
    }

    /** Gate-in: the called vehicle enters the control area; it is released at once if already cleared. */
    public void enterGate(Integer actualLane, Instant now) {
        if (status != BookingStatus.CALLED_FORWARD) {
            throw RuleViolation.conflict("not-called-forward", null,
                    "vehicle " + Plate.display(plate) + " is " + status + "; only a vehicle called forward may enter the gate");
        }
        if (actualLane != null) {
            lane = actualLane;
        }
        status = BookingStatus.IN_GATE;
        enteredGateAt = now;
        recordedEvents.record(new VehicleEnteredGate(code, plate, direction.name(), lane, now));
        releaseIfCleared(now);
    }

    private void releaseIfCleared(Instant now) {
        if (status != BookingStatus.IN_GATE || clearance() != ClearanceState.CLEARED) {
            return;
        }
        String declaration = consignments.entrySet().stream()
                .max(Map.Entry.comparingByValue((a, b) -> a.updatedAt().compareTo(b.updatedAt())))
                .map(Map.Entry::getKey).orElseThrow();
        status = BookingStatus.RELEASED;
        releasedAt = now;
        releasedForDeclaration = declaration;
        recordedEvents.record(new VehicleReleased(code, plate, declaration, now));
    }

    /** Gate-out: a released vehicle (or an empty one with nothing to declare) leaves the gate. */
    public void exit(Instant now) {
        boolean emptyInGate = status == BookingStatus.IN_GATE && needsNoDeclaration();
        if (status != BookingStatus.RELEASED && !emptyInGate) {
            throw RuleViolation.conflict("not-released", null, "vehicle " + Plate.display(plate) + " is " + status
                    + " with clearance " + clearance() + "; it may leave once released");
        }
        status = BookingStatus.EXITED;
        exitedAt = now;
        recordedEvents.record(new VehicleExited(code, plate, direction.name(), lane, now));
    }

    /** An officer holds the vehicle in its place: it is not called forward until the hold is lifted. */
    public void hold(String reason, String officer, Instant now) {
        requireWaiting("hold");
        if (held) {
            throw RuleViolation.conflict("already-held", null, "vehicle " + Plate.display(plate) + " is already held (" + holdReason + ")");
        }
        held = true;
        holdReason = reason;
        recordedEvents.record(new VehicleHeld(code, plate, direction.name(), reason, officer, now));
    }

    public void liftHold(String reason, String officer, Instant now) {
        if (!held) {
            throw RuleViolation.conflict("not-held", null, "vehicle " + Plate.display(plate) + " is not held");
        }
        held = false;
        holdReason = null;
        recordedEvents.record(new VehicleHoldLifted(code, plate, direction.name(), reason, officer, now));
    }

    /** An officer gives the vehicle another place in the queue; later priority changes keep it there. */
    public void reorder(long newKey, int position, String reason, String officer, Instant now) {
        requireWaiting("reorder");
        queueKey = newKey;
        manuallyOrdered = true;
        recordedEvents.record(new VehicleReordered(code, plate, direction.name(), priorityClass.name(), position, reason, officer, now));
    }

    private void requireWaiting(String action) {
        if (status != BookingStatus.WAITING) {
            throw RuleViolation.conflict("not-waiting", null,
                    "vehicle " + Plate.display(plate) + " is " + status + "; only a vehicle waiting in the yard can be given a " + action);
        }
    }

    // --- clearance -------------------------------------------------------------------------------

    /** A declaration naming this booking was submitted: the consignment is known; its goods may make the vehicle a perishable. */
    public void declarationSubmitted(String declarationId, boolean perishable, Instant now) {
        consignment(declarationId, now).markPerishable(perishable);
        reprioritise("declaration " + declarationId, now);
    }

    public void consignmentReady(String declarationId, boolean perishable, Instant now) {
        Consignment consignment = consignment(declarationId, now);
        consignment.markPerishable(perishable);
        consignment.moveTo(ClearanceState.READY, null, null, now);
        reprioritise("declaration " + declarationId, now);
    }

    public void consignmentHeld(String declarationId, String step, String reason, Instant now) {
        consignment(declarationId, now).moveTo(ClearanceState.HELD, step, reason, now);
    }

    public void consignmentCleared(String declarationId, Instant now) {
        consignment(declarationId, now).moveTo(ClearanceState.CLEARED, null, null, now);
        releaseIfCleared(now);
    }

    public void consignmentRejected(String declarationId, String step, String reason, Instant now) {
        consignment(declarationId, now).moveTo(ClearanceState.REJECTED, step, reason, now);
    }

    private Consignment consignment(String declarationId, Instant now) {
        return consignments.computeIfAbsent(declarationId, id -> new Consignment(ClearanceState.DECLARED, now));
    }

    private void reprioritise(String source, Instant now) {
        PriorityClass next = PriorityRule.classOf(cargoCategory, consignments.values());
        if (status != BookingStatus.WAITING || manuallyOrdered || next == priorityClass) {
            return;
        }
        priorityClass = next;
        queueKey = QueueKey.of(next, queuedFrom);
        recordedEvents.record(new VehicleReordered(code, plate, direction.name(), next.name(), null,
                "priority class " + next + " from " + source, null, now));
    }

    /** The clearance of all the vehicle's consignments together. */
    public ClearanceState clearance() {
        if (consignments.isEmpty()) {
            return ClearanceState.NONE;
        }
        List<ClearanceState> states = consignments.values().stream().map(Consignment::state).toList();
        if (states.contains(ClearanceState.REJECTED)) {
            return ClearanceState.REJECTED;
        }
        if (states.stream().allMatch(s -> s == ClearanceState.CLEARED)) {
            return ClearanceState.CLEARED;
        }
        if (states.contains(ClearanceState.HELD)) {
            return ClearanceState.HELD;
        }
        if (states.stream().allMatch(s -> s == ClearanceState.READY || s == ClearanceState.CLEARED)) {
            return ClearanceState.READY;
        }
        return ClearanceState.DECLARED;
    }

    /** The class the vehicle has in the queue, or would have if it checked in now. */
    public PriorityClass priorityClass() {
        return priorityClass != null ? priorityClass : PriorityRule.classOf(cargoCategory, consignments.values());
    }

    /** Whether {@code account} may see this booking as its driver. */
    public boolean isOwnedBy(String account) {
        return ownerAccount.equals(account);
    }

    /** The events caused since the last call; the caller publishes them. */
    public List<GateEvent> drainEvents() {
        return recordedEvents.drain();
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String ownerAccount() {
        return ownerAccount;
    }

    public String plate() {
        return plate;
    }

    public String trailerPlate() {
        return trailerPlate;
    }

    public VehicleType vehicleType() {
        return vehicleType;
    }

    public WeightClass weightClass() {
        return weightClass;
    }

    public Driver driver() {
        return driver;
    }

    public Direction direction() {
        return direction;
    }

    public CargoCategory cargoCategory() {
        return cargoCategory;
    }

    public Instant arrivalWindowStart() {
        return arrivalWindowStart;
    }

    public Instant arrivalWindowEnd() {
        return arrivalWindowEnd;
    }

    public BookingStatus status() {
        return status;
    }

    public Instant bookedAt() {
        return bookedAt;
    }

    public Instant noShowAt() {
        return noShowAt;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public CheckInMethod checkInMethod() {
        return checkInMethod;
    }

    public boolean requeued() {
        return requeued;
    }

    public Long queueKey() {
        return queueKey;
    }

    public boolean manuallyOrdered() {
        return manuallyOrdered;
    }

    public boolean held() {
        return held;
    }

    public String holdReason() {
        return holdReason;
    }

    public Integer lane() {
        return lane;
    }

    public Instant calledForwardAt() {
        return calledForwardAt;
    }

    public Instant enteredGateAt() {
        return enteredGateAt;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public String releasedForDeclaration() {
        return releasedForDeclaration;
    }

    public Instant exitedAt() {
        return exitedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public CancelReason cancelReason() {
        return cancelReason;
    }

    public String driverNotice() {
        return driverNotice;
    }

    public Map<String, Consignment> consignments() {
        return Collections.unmodifiableMap(consignments);
    }

    public List<BookingAmendment> amendments() {
        return Collections.unmodifiableList(amendments);
    }
}
