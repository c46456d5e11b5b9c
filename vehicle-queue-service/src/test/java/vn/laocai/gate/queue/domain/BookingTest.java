package vn.laocai.gate.queue.domain;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.CrossingBooked;
import vn.laocai.gate.events.VehicleReleased;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BookingTest {

    static final Instant NOW = Instant.parse("2026-06-15T01:10:00Z");

    static Booking book(String code, String account, Plate plate, Plate trailer, Driver driver, Direction direction,
                        CargoCategory cargo, Instant plannedArrival, Instant now) {
        return Booking.book(code, account, new Vehicle(plate, trailer, VehicleType.REEFER_TRUCK, WeightClass.OVER_10T), driver,
                direction, cargo, BookingAdmission.windowFor(plannedArrival, now), now);
    }

    static Booking durianTruck() {
        return book("KT2-7XK4P9", "driver-an", Plate.parse("24C-123.45").orElseThrow(),
                Plate.parse("24R-012.34").orElseThrow(), new Driver("Nguyễn Văn An", "VN", "c1234567", "+84 912 345 678"),
                Direction.EXPORT, CargoCategory.PERISHABLE, Instant.parse("2026-06-15T03:40:00Z"), NOW);
    }

    @Test
    void booking_holds_the_slot_hour_of_the_planned_arrival_and_records_crossing_booked() {
        Booking booking = durianTruck();

        assertThat(booking.status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(booking.window().start()).isEqualTo(Instant.parse("2026-06-15T03:00:00Z"));
        assertThat(booking.window().end()).isEqualTo(Instant.parse("2026-06-15T04:00:00Z"));
        assertThat(booking.driver().documentNumber()).isEqualTo("C1234567");
        assertThat(booking.driver().phone()).isEqualTo("+84912345678");
        assertThat(booking.drainEvents()).singleElement().isInstanceOfSatisfying(CrossingBooked.class, e -> {
            assertThat(e.bookingCode()).isEqualTo("KT2-7XK4P9");
            assertThat(e.plate()).isEqualTo("24C12345");
            assertThat(e.trailerPlate()).isEqualTo("24R01234");
            assertThat(e.cargoCategory()).isEqualTo("PERISHABLE");
            assertThat(e.bookedAt()).isEqualTo(NOW);
        });
        assertThat(booking.drainEvents()).isEmpty();
    }

    @Test
    void crossing_booked_carries_the_vehicle_and_the_owner_account_but_not_the_drivers_document() {
        assertThat(durianTruck().drainEvents()).singleElement().isInstanceOfSatisfying(CrossingBooked.class, e -> {
            assertThat(e.vehicleType()).isEqualTo("REEFER_TRUCK");
            assertThat(e.weightClass()).isEqualTo("OVER_10T");
            assertThat(e.driverNationality()).isEqualTo("VN");
            assertThat(e.driverDocumentNumber()).isNull();
            assertThat(e.ownerAccount()).isEqualTo("driver-an");
            // for the driver's notices the plate as written; the phone stays with the queue
            assertThat(e.writtenPlate()).isEqualTo("24C-123.45");
            assertThat(e.contactPhone()).isNull();
        });
    }

    @Test
    void the_check_in_hands_the_drivers_document_to_the_border_guard_alone() {
        Booking booking = durianTruck();
        booking.drainEvents();
        booking.checkIn(CheckInMethod.QR, null, Duration.ofHours(4), Duration.ofHours(1), NOW);
        assertThat(booking.drainEvents()).satisfiesExactly(
                e -> assertThat(vn.laocai.gate.events.EventType.of(e).topic()).isEqualTo(vn.laocai.gate.events.Topics.QUEUE_BOOKING),
                e -> assertThat(e).isInstanceOfSatisfying(vn.laocai.gate.events.BorderCheckRequested.class, b -> {
                    assertThat(b.driverDocumentNumber()).isEqualTo("C1234567");
                    assertThat(vn.laocai.gate.events.EventType.of(b).topic()).isEqualTo(vn.laocai.gate.events.Topics.QUEUE_BORDER_GUARD);
                }));
    }

    @Test
    void release_is_recorded_once_even_when_cleared_twice() {
        Booking booking = durianTruck();
        booking.checkIn(CheckInMethod.QR, null, Duration.ofHours(4), Duration.ofHours(1), NOW);
        booking.consignmentReady("decl-1", true, NOW);
        booking.callForward(1, NOW);
        booking.enterGate(null, NOW);
        booking.drainEvents();
        Instant at = NOW.plusSeconds(7200);

        booking.consignmentCleared("decl-1", at);
        booking.consignmentCleared("decl-1", at.plusSeconds(5));

        assertThat(booking.status()).isEqualTo(BookingStatus.RELEASED);
        assertThat(booking.yard().releasedAt()).isEqualTo(at);
        assertThat(booking.drainEvents()).singleElement().isInstanceOf(VehicleReleased.class);
    }

    @Test
    void a_trailer_plate_cannot_be_the_vehicle() {
        assertThatThrownBy(() -> book("KT2-AAAAAA", "d", Plate.parse("24R-012.34").orElseThrow(), null,
                new Driver("A", "VN", "C1234567", "0912345678"), Direction.EXPORT, CargoCategory.GENERAL,
                NOW.plusSeconds(3600), NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("plate"));
    }

    @Test
    void a_vietnamese_trailer_must_carry_a_trailer_plate() {
        assertThatThrownBy(() -> book("KT2-AAAAAA", "d", Plate.parse("24C-123.45").orElseThrow(),
                Plate.parse("24C-999.99").orElseThrow(), new Driver("A", "VN", "C1234567", "0912345678"),
                Direction.EXPORT, CargoCategory.GENERAL, NOW.plusSeconds(3600), NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("trailerPlate"));
    }

    @Test
    void arrival_in_a_past_slot_is_refused_but_the_current_slot_is_accepted() {
        Driver driver = new Driver("A", "VN", "C1234567", "0912345678");
        Plate plate = Plate.parse("24C-123.45").orElseThrow();
        assertThatThrownBy(() -> book("KT2-AAAAAA", "d", plate, null, driver, Direction.IMPORT,
                CargoCategory.EMPTY, NOW.minusSeconds(7200), NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("plannedArrival"));
        assertThat(book("KT2-AAAAAB", "d", plate, null, driver, Direction.IMPORT, CargoCategory.EMPTY,
                NOW.minusSeconds(300), NOW).window().start()).isEqualTo(Instant.parse("2026-06-15T01:00:00Z"));
    }

    @Test
    void booking_codes_are_well_formed_and_differ() {
        String a = BookingCode.next();
        String b = BookingCode.next();
        assertThat(BookingCode.isWellFormed(a)).isTrue();
        assertThat(a).isNotEqualTo(b).doesNotContain("0", "O", "1", "I", "L");
    }
}
