package vn.laocai.gate.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What the service knows of a booking from the queue's events: its vehicle (the plate as written), the account
 * that booked it (the pseudonymous reference its notices follow), the phone given with it, its driver (name, nationality; the document number only
 * from events published before the owner account replaced it) and window, and where it stands, enough to
 * address its notices and to remind the driver of the slot once per window.
 */
@Entity
@Table(name = "known_booking")
public class KnownBooking {

    /** Where the booking stands, as far as notices care. */
    public static final String BOOKED = "BOOKED";
    public static final String IN_YARD = "IN_YARD";
    public static final String CLOSED = "CLOSED";

    @Id
    @Column(name = "booking_code")
    private String code;

    @Column(nullable = false)
    private String plate;

    private String direction;

    @Column(name = "driver_name")
    private String driverName;

    @Column(name = "driver_nationality")
    private String driverNationality;

    @Column(name = "driver_document")
    private String driverDocument;

    @Column(name = "owner_account")
    private String ownerAccount;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "window_start")
    private Instant windowStart;

    @Column(name = "window_end")
    private Instant windowEnd;

    @Column(nullable = false)
    private String status;

    @Column(name = "reminded_for")
    private Instant remindedFor;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected KnownBooking() {
    }

    public KnownBooking(String code, String plate, String direction, Instant now) {
        this.code = code;
        this.plate = plate;
        this.direction = direction;
        this.status = BOOKED;
        this.updatedAt = now;
    }

    /** The account that booked (never changes); events before it name none. */
    public void ownedBy(String account) {
        if (account != null && !account.isBlank()) {
            ownerAccount = account;
        }
    }

    public String ownerAccount() {
        return ownerAccount;
    }

    /**
     * What {@code CrossingBooked} adds: the plate as it is written ({@code 24C-468.02}), which notices show, and
     * the phone given with the booking, which the notices the law requires go to; events before them name neither.
     */
    public void writtenAndReachable(String writtenPlate, String phone) {
        if (writtenPlate != null && !writtenPlate.isBlank()) {
            plate = writtenPlate;
        }
        contactPhone = phone == null || phone.isBlank() ? null : phone.replaceAll("[\\s.()-]", "");
    }

    /** The phone given with the booking; null when the events named none. */
    public String contactPhone() {
        return contactPhone;
    }

    /** The driver and window of the booking as booked or amended. */
    public void driverAndWindow(String name, String nationality, String document, Instant start, Instant end, Instant now) {
        driverName = name;
        driverNationality = nationality;
        driverDocument = document == null ? null : document.toUpperCase(Locale.ROOT).replace(" ", "");
        windowStart = start;
        windowEnd = end;
        updatedAt = now;
    }

    public void status(String newStatus, Instant now) {
        status = newStatus;
        updatedAt = now;
    }

    /** Whether the slot reminder is due: still booked, the window starts within {@code lead}, not yet reminded for it. */
    public boolean reminderDue(Duration lead, Instant now) {
        return BOOKED.equals(status) && windowStart != null && windowStart.isAfter(now)
                && !windowStart.isAfter(now.plus(lead)) && !windowStart.equals(remindedFor);
    }

    public void reminded() {
        remindedFor = windowStart;
    }

    /** Whether the closure of {@code directions} over [from, until) concerns this booking's vehicle. */
    public boolean hitBy(java.util.Collection<String> directions, Instant from, Instant until) {
        if (CLOSED.equals(status) || (direction != null && directions != null && !directions.isEmpty() && !directions.contains(direction))) {
            return false;
        }
        if (IN_YARD.equals(status)) {
            return true;
        }
        return windowStart != null && windowEnd != null && windowStart.isBefore(until) && windowEnd.isAfter(from);
    }

    public String code() {
        return code;
    }

    public String plate() {
        return plate;
    }

    public String direction() {
        return direction;
    }

    public String driverName() {
        return driverName;
    }

    public String driverNationality() {
        return driverNationality;
    }

    public String driverDocument() {
        return driverDocument;
    }

    public Instant windowStart() {
        return windowStart;
    }

    public Instant windowEnd() {
        return windowEnd;
    }

    public String status() {
        return status;
    }
}
