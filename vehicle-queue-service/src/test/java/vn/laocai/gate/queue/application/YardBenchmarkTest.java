package vn.laocai.gate.queue.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.BookingAdmission;
import vn.laocai.gate.queue.domain.CargoCategory;
import vn.laocai.gate.queue.domain.CheckInMethod;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.Driver;
import vn.laocai.gate.queue.domain.Plate;
import vn.laocai.gate.queue.domain.Vehicle;
import vn.laocai.gate.queue.domain.YardQueue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures, not assertions of speed: the yard board of 1,000 waiting vehicles read from PostgreSQL
 * (positions and ETAs, as GET /api/yard/queue computes them). The vehicles live in a transaction
 * that is rolled back, so the other tests never see them.
 */
@QuarkusTest
@Tag("benchmark")
class YardBenchmarkTest {

    @Inject
    YardService yard;

    @Inject
    EntityManager em;

    @Test
    void the_board_of_1000_waiting_vehicles() {
        QuarkusTransaction.begin();
        try {
            Instant now = Instant.now();
            Instant slot = now.truncatedTo(ChronoUnit.HOURS);
            for (int i = 0; i < 1000; i++) {
                Booking b = Booking.book("KT2-B" + String.format("%05d", i).replace('0', 'X').replace('1', 'Y'), "bench-" + i,
                        new Vehicle(Plate.parse("99C" + (10_000 + i)).orElseThrow(), null, null, null),
                        new Driver("Driver " + i, "VN", "Z" + (1_000_000 + i), "0912000000"), Direction.IMPORT,
                        i % 3 == 0 ? CargoCategory.PERISHABLE : CargoCategory.GENERAL, BookingAdmission.windowFor(slot, now), now);
                if (i % 3 == 0) {
                    b.consignmentReady("bench-decl-" + i, true, now);
                }
                b.checkIn(CheckInMethod.PLATE, null, Duration.ofHours(4), Duration.ofHours(1), now);
                b.drainEvents();
                em.persist(b);
            }
            em.flush();
            em.clear();
            int rounds = 20;
            long[] nanos = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                YardQueue queue = yard.queue(Direction.IMPORT);
                List<YardQueue.Entry> entries = queue.entries();
                nanos[r] = System.nanoTime() - t0;
                assertThat(entries.size()).isGreaterThanOrEqualTo(1000);
                em.clear();
            }
            Arrays.sort(nanos);
            System.out.printf("Yard board of 1,000 waiting vehicles from PostgreSQL (load + positions + ETAs): median %.1f ms, max %.1f ms (%d rounds)%n",
                    nanos[rounds / 2] / 1e6, nanos[rounds - 1] / 1e6, rounds);
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
