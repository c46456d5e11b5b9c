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
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.support.domain.Message;
import vn.laocai.gate.support.domain.RecordedEvents;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A crossing booked for one vehicle, from pre-registration through the yard and the gate; bound to its vehicle and
 * the booking account (never transferred); amendments keep their history. It keeps the clearance state of every
 * consignment, so it decides call-forward and release itself; yard state in {@link YardPlace}, slot in
 * {@link ArrivalWindow}; whether it may exist is {@link BookingAdmission}'s decision. Each change records its event.
 */
@Entity
@Table(name = "booking")
public class Booking {

    /** The border gate a booking is made at when none is named: Kim Thanh No. 2. */
    public static final String DEFAULT_GATE = "KIM_THANH_2";

    @Id
    private UUID id;

    /** The border gate of the province the crossing is booked at (its code, e.g. {@code KIM_THANH_2}). */
    @Column(nullable = false, updatable = false)
    private String gate;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(name = "owner_account", nullable = false, updatable = false)
    private String ownerAccount;

    /** The carrier whose dispatcher booked it (its tax code or credit code); null for a driver's own booking. */
    @Column(updatable = false)
    private String organisation;

    /** The dispatcher's account when a carrier booked it; null for a driver's own booking. */
    @Column(name = "booked_by", updatable = false)
    private String bookedBy;

    @Embedded
    private Vehicle vehicle;

    @Embedded
    private Driver driver;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "cargo_category", nullable = false)
    private CargoCategory cargoCategory;

    @Embedded
    private ArrivalWindow window;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BookingStatus status;

    @Column(name = "booked_at", nullable = false, updatable = false)
    private Instant bookedAt;

    @Column(name = "no_show_at")
    private Instant noShowAt;

    @Embedded
    private YardPlace yard = new YardPlace();

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_reason")
    private CancelReason cancelReason;

    /** The account that cancelled it (the driver, an officer, the carrier's dispatcher); null when the gate's rules did. */
    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "driver_notice")
    private Message driverNotice;

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

    /** Books a crossing in the window {@link BookingAdmission} admitted; refuses mixed-up plates. */
    public static Booking book(String code, String ownerAccount, Vehicle vehicle, Driver driver,
                               Direction direction, CargoCategory cargo, ArrivalWindow window, Instant now) {
        return book(code, ownerAccount, vehicle, driver, direction, cargo, DEFAULT_GATE, window, now);
    }

    /** Books a crossing at the border gate {@code gate}, as {@link BookingAdmission} admitted it there. */
    public static Booking book(String code, String ownerAccount, Vehicle vehicle, Driver driver,
                               Direction direction, CargoCategory cargo, String gate, ArrivalWindow window, Instant now) {
        vehicle.requireProperPlates();
        Booking booking = new Booking();
        booking.id = UUID.randomUUID();
        booking.gate = gate;
        booking.code = code;
        booking.ownerAccount = ownerAccount;
        booking.vehicle = vehicle;
        booking.driver = driver;
        booking.direction = direction;
        booking.cargoCategory = cargo;
        booking.window = window;
        booking.status = BookingStatus.BOOKED;
        booking.bookedAt = now;
        booking.recordedEvents.record(BookingEvents.booked(booking));
        return booking;
    }

    /**
     * Amends the driver and/or the arrival window (as admitted) before the vehicle reaches the yard;
     * the vehicle and the account never change. The previous state stays in the history.
     */
    public void amend(Driver newDriver, ArrivalWindow newWindow, String reason, String by, Instant now) {
        amend(newDriver, newWindow, reason, by, null, now);
    }

    /**
     * Amends it as {@link #amend(Driver, ArrivalWindow, String, String, Instant)} does, by {@code by} acting for the
     * carrier {@code forCarrier} (null when acting for themselves): the history says who acted for whom.
     */
    public void amend(Driver newDriver, ArrivalWindow newWindow, String reason, String by, String forCarrier, Instant now) {
        amend(newDriver, newWindow, null, reason, by, forCarrier, now);
    }

    /**
     * Amends it as {@link #amend(Driver, ArrivalWindow, String, String, String, Instant)} does, and what it carries when
     * {@code newCargo} is given: a booking made empty that now carries goods is amended to their category. It cannot
     * be amended to empty while a declaration is linked to it ({@code cargo-declared}, naming {@code cargoCategory}).
     */
    public void amend(Driver newDriver, ArrivalWindow newWindow, CargoCategory newCargo, String reason, String by, String forCarrier,
                      Instant now) {
        status.requireAmendable(code);
        if (newDriver == null && newWindow == null && (newCargo == null || newCargo == cargoCategory)) {
            throw new RuleViolation("nothing-to-amend", null, "give another driver, a new plannedArrival or another cargoCategory");
        }
        if (newCargo == CargoCategory.EMPTY && clearanceFile().declared()) {
            throw RuleViolation.conflict("cargo-declared", "cargoCategory", "booking " + code
                    + " has a declaration linked to it; it cannot be amended to EMPTY").with("code", code);
        }
        if (newCargo != null) {
            cargoCategory = newCargo;
        }
        if (newDriver != null) {
            driver = newDriver;
        }
        if (newWindow != null && !newWindow.equals(window)) {
            window = newWindow;
            noShowAt = null;
        }
        int revisionNumber = amendments.size() + 2;
        amendments.add(new BookingAmendment(revisionNumber, driver, window, cargoCategory, reason, by, forCarrier, now));
        recordedEvents.record(BookingEvents.amended(this, revisionNumber, reason, now));
    }

    /** {@code closure} hit the booking: it moves to {@code newWindow}, or is cancelled when that is null; the driver is told. */
    public void hitByClosure(ArrivalWindow newWindow, GateClosure closure, Instant now) {
        if (newWindow == null) {
            cancel(CancelReason.GATE_CLOSURE, "Gate closure: " + closure.describe(), now);
        } else {
            amend(null, newWindow, "Gate closure (" + closure.describe() + "): moved to the slot of " + newWindow.start(), "gate-closure", now);
        }
        driverNotice = newWindow == null ? closure.notice("cancelled-closure") : closure.notice("moved").with("slot", newWindow.start());
    }

    /** Cancels the booking; a vehicle inside the gate can only be taken out when its consignment was rejected. */
    public void cancel(CancelReason reason, String remarks, Instant now) {
        cancel(reason, remarks, null, now);
    }

    /** Cancels it as {@link #cancel(CancelReason, String, Instant)} does, recording the account that asked. */
    public void cancel(CancelReason reason, String remarks, String by, Instant now) {
        status.requireCancellable(reason, status == BookingStatus.IN_GATE && clearance() == ClearanceState.REJECTED, code);
        status = BookingStatus.CANCELLED;
        cancelledAt = now;
        cancelReason = reason;
        cancelledBy = by;
        yard.dropHold();
        driverNotice = reason.noticeToDriver(remarks).orElse(driverNotice);
        recordedEvents.record(BookingEvents.cancelled(this, remarks, now));
    }

    /**
     * Records that the vehicle did not arrive within the grace window (a second call does nothing); if it still comes,
     * it is re-queued behind the vehicles on time; at {@code cancelAt} the booking is cancelled. Whether this call recorded it.
     */
    public boolean markNoShow(Duration grace, Duration cancelAfter, Instant now) {
        if (status != BookingStatus.BOOKED || noShowAt != null || !window.isPastGrace(grace, now)) {
            return false;
        }
        noShowAt = now;
        driverNotice = window.noShowNotice(grace, cancelAfter);
        recordedEvents.record(BookingEvents.noShow(this, grace, cancelAfter, now));
        return true;
    }

    /** Whether a booked vehicle that never came is due for automatic cancellation. */
    public boolean isDueForNoShowCancellation(Duration cancelAfter, Instant now) {
        return status == BookingStatus.BOOKED && !now.isBefore(window.cancelAt(cancelAfter));
    }

    /**
     * Whether a booking declared as loaded is due for release for want of a declaration: still booked, its deadline
     * ({@link CargoLinkDeadline}) reached while its slot is not yet over, and no declaration linked to it.
     */
    public boolean isDueForCargoLinkRelease(CargoLinkDeadline deadline, Instant now) {
        return status == BookingStatus.BOOKED && cargoCategory != CargoCategory.EMPTY && !clearanceFile().declared()
                && !now.isBefore(cargoLinkDeadline(deadline)) && now.isBefore(window.end());
    }

    /** The latest time a declaration must be linked to this loaded booking to keep its slot. */
    public Instant cargoLinkDeadline(CargoLinkDeadline deadline) {
        return deadline.of(window.start(), bookedAt);
    }

    /**
     * Releases the slot of a loaded booking that no declaration was linked to by the deadline
     * ({@link CancelReason#NO_DECLARATION}); the driver is told. Whether this call released it (a second call does nothing).
     */
    public boolean releaseWithoutDeclaration(CargoLinkDeadline deadline, Instant now) {
        if (!isDueForCargoLinkRelease(deadline, now)) {
            return false;
        }
        cancel(CancelReason.NO_DECLARATION, "no declaration linked by " + cargoLinkDeadline(deadline), now);
        return true;
    }

    /**
     * Checks the vehicle in at the yard. On time (up to the grace window after its slot) it queues
     * from its slot hour, later from its arrival; the document read is compared ({@link Driver#check}), never refused.
     */
    public void checkIn(CheckInMethod method, String presentedDocument, Duration earlyAllowance, Duration grace, Instant now) {
        status.requireCheckIn(code, cancelReason, plate().display());
        window.requireCheckInOpen(earlyAllowance, now, code);
        requireCargoAsBooked();
        yard.join(method, driver.check(presentedDocument), clearanceFile().priorityClass(), window, grace, now);
        status = BookingStatus.WAITING;
        BookingEvents.checkedIn(this, now).forEach(recordedEvents::record);
    }

    /**
     * A booking made for an empty vehicle that a declaration was linked to carries goods it was not booked for: it is not
     * treated as loaded silently; the vehicle checks in once the booking is amended to the goods' category
     * ({@code booking-made-empty}, naming {@code cargoCategory}).
     */
    private void requireCargoAsBooked() {
        if (cargoCategory == CargoCategory.EMPTY && clearanceFile().declared()) {
            throw RuleViolation.conflict("booking-made-empty", "cargoCategory", "booking " + code
                    + " was made for an empty vehicle but a declaration is linked to it; amend its cargoCategory to the goods carried first")
                    .with("code", code);
        }
    }

    /** Calls the vehicle forward to the gate area toward {@code lane}, if its clearance allows it. */
    public void callForward(int lane, Instant now) {
        yard.requireCallable(callForwardRefusal(), plate().display(), code, status, clearance());
        yard.calledForward(lane, now);
        status = BookingStatus.CALLED_FORWARD;
        recordedEvents.record(BookingEvents.calledForward(this, now));
    }

    /** Why the vehicle may not be called forward now (a problem slug), or null when it may. */
    public String callForwardRefusal() {
        return yard.callForwardRefusal(status, clearanceFile());
    }

    /** Whether clearance lets the vehicle approach the gate (see {@link Clearance#allowsCallForward()}). */
    public boolean clearanceAllowsCallForward() {
        return clearanceFile().allowsCallForward();
    }

    /** Gate-in: the called vehicle enters the control area; it is released at once if already cleared. */
    public void enterGate(Integer actualLane, Instant now) {
        status.requireCalledForward(plate().display());
        yard.enteredGate(actualLane, now);
        status = BookingStatus.IN_GATE;
        recordedEvents.record(BookingEvents.enteredGate(this, now));
        releaseIfCleared(now);
    }

    private void releaseIfCleared(Instant now) {
        if (status != BookingStatus.IN_GATE || clearance() != ClearanceState.CLEARED) {
            return;
        }
        status = BookingStatus.RELEASED;
        yard.released(clearanceFile().lastCleared(), now);
        recordedEvents.record(BookingEvents.released(this, now));
    }

    /** Gate-out: a released vehicle (or an empty one with nothing to declare) leaves the gate. */
    public void exit(Instant now) {
        boolean emptyInGate = status == BookingStatus.IN_GATE && clearanceFile().needsNoDeclaration();
        if (status != BookingStatus.RELEASED && !emptyInGate) {
            throw RuleViolation.conflict("not-released", null, vehicle.described() + " is " + status + " with clearance "
                    + clearance() + "; it may leave once released").with("plate", plate().display()).with("status", status).with("clearance", clearance());
        }
        status = BookingStatus.EXITED;
        yard.exited(now);
        recordedEvents.record(BookingEvents.exited(this, now));
    }

    /** An officer holds the vehicle in its place: it is not called forward until the hold is lifted. */
    public void hold(String reason, String officer, Instant now) {
        status.requireWaiting(plate().display(), "hold");
        yard.hold(reason, plate().display());
        recordedEvents.record(BookingEvents.held(this, reason, officer, now));
    }

    public void liftHold(String reason, String officer, Instant now) {
        yard.liftHold(plate().display());
        recordedEvents.record(BookingEvents.holdLifted(this, reason, officer, now));
    }

    /** An officer gives the vehicle another place in the queue; later priority changes keep it there. */
    public void reorder(long newKey, int position, String reason, String officer, Instant now) {
        status.requireWaiting(plate().display(), "reorder");
        yard.placeAt(newKey);
        recordedEvents.record(BookingEvents.reordered(this, position, reason, officer, now));
    }

    /** A declaration naming this booking was submitted under a consent ({@link Clearance#link}); it may be perishable. */
    public void declarationSubmitted(String declarationId, String consentId, boolean standing, boolean perishable, Instant now) {
        declarationSubmitted(declarationId, consentId, standing, perishable, null, now);
    }

    /** As above, its goods of the perishable class {@code dwellClass} ({@link DwellBudgets#classOfConsignment}). */
    public void declarationSubmitted(String declarationId, String consentId, boolean standing, boolean perishable, String dwellClass,
                                     Instant now) {
        clearanceFile().link(declarationId, consentId, standing, now).markPerishable(perishable).classedAs(dwellClass);
        reprioritise("declaration " + declarationId, now);
    }

    /**
     * Where the vehicle stands against its cargo's dwell budget at {@code now}: from its check-in until it leaves through
     * the gate, for a vehicle carrying perishables (by clearance's decision on a consignment it carries, or as booked);
     * empty for any other and outside the yard and the gate.
     */
    public Optional<DwellBudgets.Standing> dwell(DwellBudgets budgets, Instant now) {
        if (!status.isInYardOrGate() || yard.checkedInAt() == null) {
            return Optional.empty();
        }
        List<String> classes = consignments.values().stream().filter(Consignment::linked).map(Consignment::dwellClass).toList();
        return budgets.budgetOf(classes, perishable()).map(c -> budgets.standing(c, yard.checkedInAt(), now));
    }

    /**
     * Tells supervisors ({@code PerishableDwellAlert}) once the vehicle's wait reaches the near share of its budget, and
     * once more when it is past it; whether it told them now.
     */
    public boolean watchDwell(DwellBudgets budgets, Instant now) {
        Optional<DwellBudgets.Standing> standing = dwell(budgets, now);
        if (standing.isEmpty() || !yard.dwellReached(standing.get().level(), now)) {
            return false;
        }
        recordedEvents.record(BookingEvents.dwellAlert(this, standing.get(), now));
        return true;
    }

    public void consignmentReady(String declarationId, boolean perishable, Instant now) {
        clearanceFile().of(declarationId, now).markPerishable(perishable).moveTo(ClearanceState.READY, null, null, now);
        reprioritise("declaration " + declarationId, now);
    }

    public void consignmentHeld(String declarationId, String step, String reason, Instant now) {
        clearanceFile().of(declarationId, now).moveTo(ClearanceState.HELD, step, reason, now);
    }

    public void consignmentCleared(String declarationId, Instant now) {
        clearanceFile().of(declarationId, now).moveTo(ClearanceState.CLEARED, null, null, now);
        releaseIfCleared(now);
    }

    public void consignmentRejected(String declarationId, String step, String reason, Instant now) {
        clearanceFile().of(declarationId, now).moveTo(ClearanceState.REJECTED, step, reason, now);
    }

    Clearance clearanceFile() {
        return new Clearance(cargoCategory, consignments);
    }

    private void reprioritise(String source, Instant now) {
        PriorityClass next = clearanceFile().priorityClass();
        if (status == BookingStatus.WAITING && yard.reprioritise(next)) {
            recordedEvents.record(BookingEvents.reordered(this, null, "priority class " + next + " from " + source, null, now));
        }
    }

    /** The clearance of all the vehicle's consignments together. */
    public ClearanceState clearance() {
        return clearanceFile().state();
    }

    /** The class the vehicle has in the queue, or would have if it checked in now. */
    /** Whether the vehicle carries perishables: booked as such, or by clearance's decision on a consignment it carries. */
    public boolean perishable() {
        return cargoCategory == CargoCategory.PERISHABLE || priorityClass() == PriorityClass.PERISHABLE;
    }

    public PriorityClass priorityClass() {
        return yard.priorityClass() != null ? yard.priorityClass() : clearanceFile().priorityClass();
    }

    /** Whether {@code account} may see this booking as its driver. */
    public boolean isOwnedBy(String account) {
        return ownerAccount.equals(account);
    }

    /** The account that booked it, or the driver a carrier booked it for: they see it and get its notices. */
    public String ownerAccount() {
        return ownerAccount;
    }

    /**
     * Records that a carrier's dispatcher booked it for the owner (the carrier's driver), before it is stored:
     * the vehicle is then bound to the carrier rather than to one account.
     */
    public void bookedFor(String carrier, String dispatcher) {
        this.organisation = carrier;
        this.bookedBy = dispatcher;
    }

    /** The carrier that booked it; null for a driver's own booking. */
    public String organisation() {
        return organisation;
    }

    /** The dispatcher who booked it for a carrier; null for a driver's own booking. */
    public String bookedBy() {
        return bookedBy;
    }

    /**
     * Who the vehicle is bound to while this booking is open ({@link VehicleClaim}): the carrier
     * ({@code carrier:<id>}) when a dispatcher booked it, otherwise the account that booked it.
     */
    public String holder() {
        return organisation == null ? ownerAccount : VehicleClaim.carrierHolder(organisation);
    }

    /** The events caused since the last call; the caller publishes them. */
    public List<GateEvent> drainEvents() {
        return recordedEvents.drain();
    }

    public String code() {
        return code;
    }

    /** The border gate the crossing is booked at. */
    public String gate() {
        return gate;
    }

    public Vehicle vehicle() {
        return vehicle;
    }

    public Plate plate() {
        return vehicle.plate();
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

    public ArrivalWindow window() {
        return window;
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

    /** Where the vehicle stands in the yard and the gate. */
    public YardPlace yard() {
        return yard;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public CancelReason cancelReason() {
        return cancelReason;
    }

    /** The account that cancelled it; null when the gate's rules did (a no-show, a closure) or before it was recorded. */
    public String cancelledBy() {
        return cancelledBy;
    }

    /** The last thing the driver must be told (a closure moved or cancelled the booking, a no-show). */
    public Message driverNotice() {
        return driverNotice;
    }

    public Map<String, Consignment> consignments() {
        return Collections.unmodifiableMap(consignments);
    }

    public List<BookingAmendment> amendments() {
        return Collections.unmodifiableList(amendments);
    }
}
