package vn.laocai.gate.queue.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.queue.BookingMother;
import vn.laocai.gate.queue.domain.ArrivalWindow;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.BookingCodeTaken;
import vn.laocai.gate.queue.domain.BookingRepository;
import vn.laocai.gate.queue.domain.CargoCategory;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.Driver;
import vn.laocai.gate.queue.domain.Plate;
import vn.laocai.gate.queue.domain.Vehicle;
import vn.laocai.gate.queue.domain.VehicleType;
import vn.laocai.gate.queue.domain.WeightClass;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A booking code is kept unique by the database's constraint alone (no count before the insert): a second
 * booking with a code already held is refused as {@link BookingCodeTaken}, which the booking use case takes
 * as the sign to draw another code, and nothing of it is kept.
 */
@QuarkusTest
class BookingCodeClashTest {

    @Inject
    BookingRepository bookings;

    @Test
    void a_second_booking_with_a_code_already_held_is_refused_as_taken_and_not_kept() {
        String code = BookingMother.book("driver-clash", BookingMother.uniquePlate());
        Plate plate = Plate.parse(BookingMother.uniquePlate()).orElseThrow();
        Instant slot = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Booking twin = Booking.book(code, "driver-clash-twin", new Vehicle(plate, null, VehicleType.TRUCK, WeightClass.OVER_10T),
                new Driver("Driver", "VN", "C7654321", "0912000000"), Direction.EXPORT, CargoCategory.GENERAL,
                ArrivalWindow.startingAt(slot), Instant.now());

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> bookings.add(twin)))
                .isInstanceOf(BookingCodeTaken.class)
                .hasMessageContaining(code);
        assertThat(QuarkusTransaction.requiringNew().call(() -> bookings.findByCode(code)).orElseThrow().ownerAccount())
                .isEqualTo("driver-clash");
    }
}
