package vn.laocai.gate.queue.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.ConsignmentReadyForGate;
import vn.laocai.gate.queue.BookingMother;
import vn.laocai.gate.queue.YardMother;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.BookingRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clearance event for a vehicle that an officer is changing at that moment waits for the
 * officer's change instead of overwriting it: both commit, neither fails on a stale version.
 */
@QuarkusTest
class ConcurrentChangesTest {

    @Inject
    BookingService bookings;

    @Inject
    BookingRepository repository;

    @Test
    void a_clearance_event_waits_for_an_officers_change_of_the_same_vehicle() throws Exception {
        String plate = BookingMother.uniquePlate();
        String code = BookingMother.bookJson("driver-concurrent", BookingMother.bookingJson(plate, Instant.now(), "EXPORT", "GENERAL"));
        YardMother.checkInByPlate(plate);
        String declarationId = UUID.randomUUID().toString();

        CountDownLatch locked = new CountDownLatch(1);
        CompletableFuture<Void> officer = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            // what every officer's action does: the yard lock, then the row, then the change
            Booking booking = repository.findByCode(code).orElseThrow();
            repository.lock("yard:" + booking.direction());
            repository.lockForChange(booking);
            locked.countDown();
            sleep(1_500);
            booking.hold("Reefer alarm, driver checking", YardMother.OFFICER, Instant.now());
        }));
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        bookings.consignmentReady(UUID.randomUUID().toString(),
                new ConsignmentReadyForGate(declarationId, "305123456789", List.of(code), false, Instant.now()));
        officer.get(30, TimeUnit.SECONDS);

        List<Boolean> after = QuarkusTransaction.requiringNew().call(() -> {
            Booking booking = repository.findByCode(code).orElseThrow();
            return List.of(booking.yard().held(), booking.clearanceAllowsCallForward());
        });
        assertThat(after).as("the officer's hold and the clearance event both applied").containsExactly(true, true);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
