package vn.laocai.gate.events;

import java.time.Instant;
import java.util.List;

import static vn.laocai.gate.events.EventMother.BOOKING_CODE;

/** Sample queue events of the durian export in {@link EventMother}. */
public final class QueueEventMother {

    static final Instant T0 = Instant.parse("2026-06-15T01:30:00Z");

    private QueueEventMother() {
    }

    public static BookingAmended bookingAmended() {
        return new BookingAmended(BOOKING_CODE, 2, "24C12345", "24R01234", "Hoàng Văn Bình", "VN", "C1234567", T0.plusSeconds(7200), T0.plusSeconds(10800), "Driver changed after breakdown", T0);
    }

    public static BookingCancelled bookingCancelled() {
        return new BookingCancelled(BOOKING_CODE, "24C12345", "GATE_CLOSURE", "Flood on the Nam Thi bridge", T0.plusSeconds(600));
    }

    public static VehicleCheckedIn vehicleCheckedIn() {
        return new VehicleCheckedIn(BOOKING_CODE, "24C12345", "EXPORT", "PERISHABLE", T0.plusSeconds(900));
    }

    public static VehicleCalledForward vehicleCalledForward() {
        return new VehicleCalledForward(BOOKING_CODE, "24C12345", "EXPORT", 1, T0.plusSeconds(1800));
    }

    public static VehicleEnteredGate vehicleEnteredGate() {
        return new VehicleEnteredGate(BOOKING_CODE, "24C12345", "EXPORT", 1, T0.plusSeconds(2100));
    }

    public static VehicleExited vehicleExited() {
        return new VehicleExited(BOOKING_CODE, "24C12345", "EXPORT", 1, T0.plusSeconds(7500));
    }

    /** One sample of every queue event type added after the first six. */
    public static List<GateEvent> samples() {
        return List.of(bookingAmended(), bookingCancelled(), vehicleCheckedIn(), vehicleCalledForward(), vehicleEnteredGate(), vehicleExited());
    }
}
