package vn.laocai.gate.queue.domain;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures, not assertions of speed: positions and ETAs of a yard of 1,000 vehicles (a busy lychee
 * day), the next 20 to call and a reorder, computed in memory. Prints the median of many rounds.
 */
@Tag("benchmark")
class YardQueueBenchmarkTest {

    @Test
    void positions_eta_and_call_forward_of_1000_vehicles() {
        Instant slot = Instant.parse("2026-06-15T00:00:00Z");
        Instant now = slot.plus(Duration.ofHours(12));
        List<Booking> waiting = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            CargoCategory cargo = i % 3 == 0 ? CargoCategory.PERISHABLE : i % 10 == 1 ? CargoCategory.EMPTY : CargoCategory.GENERAL;
            Booking b = Booking.book("KT2-" + code(i), "driver-" + i,
                    new Vehicle(Plate.parse("24C" + (10_000 + i)).orElseThrow(), null, VehicleType.TRUCK, WeightClass.OVER_10T),
                    new Driver("Driver " + i, "VN", "B" + (1_000_000 + i), "0912000000"), Direction.EXPORT, cargo,
                    BookingAdmission.windowFor(slot.plus(Duration.ofHours(i % 24)), slot.minusSeconds(3600)), slot.minusSeconds(3600));
            if (cargo == CargoCategory.PERISHABLE) {
                b.declarationSubmitted("decl-" + i, null, true, true, slot);
            }
            if (i % 2 == 0) {
                b.consignmentReady("decl-" + i, cargo == CargoCategory.PERISHABLE, slot);
            }
            b.checkIn(CheckInMethod.QR, null, Duration.ofHours(24), Duration.ofHours(1), slot.plusSeconds(i));
            b.drainEvents();
            waiting.add(b);
        }
        int rounds = 200;
        long[] nanos = new long[rounds];
        List<YardQueue.Call> calls = List.of();
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            YardQueue queue = new YardQueue(Direction.EXPORT, waiting, List.of(), Duration.ofSeconds(216), now);
            List<YardQueue.Entry> entries = queue.entries();
            calls = queue.nextToCall(null, new YardQueue.Limits(20, 20), new Lanes(2, 3));
            queue.keyForPosition(entries.get(999).booking().code(), 1);
            nanos[r] = System.nanoTime() - t0;
            assertThat(entries).hasSize(1000);
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("Yard of 1,000 vehicles: positions + ETAs + next 20 to call + one reorder key: median %.2f ms, p95 %.2f ms (%d rounds)%n",
                nanos[rounds / 2] / 1e6, nanos[rounds * 95 / 100] / 1e6, rounds);
        assertThat(calls).hasSize(20).allSatisfy(c -> assertThat(c.booking().callForwardRefusal()).isNull());
    }

    private static String code(int i) {
        String alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < 6; k++) {
            s.append(alphabet.charAt(i % alphabet.length()));
            i /= alphabet.length();
        }
        return s.toString();
    }
}
