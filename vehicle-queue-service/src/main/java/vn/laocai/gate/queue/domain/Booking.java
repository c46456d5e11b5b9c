package vn.laocai.gate.queue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import vn.laocai.gate.events.CrossingBooked;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.events.VehicleReleased;
import vn.laocai.gate.support.domain.RecordedEvents;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A crossing booked by a driver for one vehicle: the aggregate of the queue. It is bound to its
 * vehicle, its driver and the account that booked it. Each state change records the event it causes;
 * the application service hands them to the outbox.
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

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "released_for_declaration")
    private String releasedForDeclaration;

    @Version
    private long revision;

    @Transient
    private final RecordedEvents recordedEvents = new RecordedEvents();

    protected Booking() {
    }

    /**
     * Books a crossing. The arrival window is the slot hour that contains the planned arrival.
     *
     * @throws RuleViolation when the planned arrival is in the past
     */
    public static Booking book(String code, String ownerAccount, Plate plate, Plate trailer, Driver driver,
                               Direction direction, CargoCategory cargo, Instant plannedArrival, Instant now) {
        if (plate.trailer()) {
            throw new RuleViolation("trailer-as-vehicle", "plate",
                    "plate " + plate.display() + " is a trailer plate; give the tractor's plate and the trailer separately");
        }
        if (trailer != null && !trailer.trailer() && trailer.country() == Plate.Country.VN) {
            throw new RuleViolation("not-a-trailer", "trailerPlate",
                    "trailerPlate " + trailer.display() + " is not a semi-trailer plate (series R)");
        }
        Instant windowStart = plannedArrival.truncatedTo(ChronoUnit.HOURS);
        if (windowStart.plus(ARRIVAL_WINDOW).isBefore(now)) {
            throw new RuleViolation("arrival-in-past", "plannedArrival",
                    "plannedArrival " + plannedArrival + " is in the past");
        }
        Booking booking = new Booking();
        booking.id = UUID.randomUUID();
        booking.code = code;
        booking.ownerAccount = ownerAccount;
        booking.plate = plate.value();
        booking.trailerPlate = trailer == null ? null : trailer.value();
        booking.driver = driver;
        booking.direction = direction;
        booking.cargoCategory = cargo;
        booking.arrivalWindowStart = windowStart;
        booking.arrivalWindowEnd = windowStart.plus(ARRIVAL_WINDOW);
        booking.status = BookingStatus.BOOKED;
        booking.bookedAt = now;
        booking.recordedEvents.record(new CrossingBooked(code, booking.plate, booking.trailerPlate, direction.name(),
                cargo.name(), driver.name(), booking.arrivalWindowStart, booking.arrivalWindowEnd, now,
                null, null, driver.nationality(), driver.documentNumber()));
        return booking;
    }

    /**
     * Releases the vehicle because the consignment it carries is cleared. Releasing again changes
     * nothing and records no event.
     */
    public void release(String declarationId, Instant at) {
        if (status == BookingStatus.RELEASED) {
            return;
        }
        status = BookingStatus.RELEASED;
        releasedAt = at;
        releasedForDeclaration = declarationId;
        recordedEvents.record(new VehicleReleased(code, plate, declarationId, at));
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

    public Instant releasedAt() {
        return releasedAt;
    }

    public String releasedForDeclaration() {
        return releasedForDeclaration;
    }
}
