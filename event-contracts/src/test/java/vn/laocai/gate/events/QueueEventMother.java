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
        return new BookingAmended(BOOKING_CODE, 2, "24C12345", "24R01234", "Hoàng Văn Bình", "VN", null, T0.plusSeconds(7200), T0.plusSeconds(10800), "Driver changed after breakdown", T0);
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

    public static VehicleNoShow vehicleNoShow() {
        return new VehicleNoShow(BOOKING_CODE, "24C12345", "EXPORT", T0.minusSeconds(1800), T0.plusSeconds(1800),
                T0.plusSeconds(5400), T0.plusSeconds(45_000), T0.plusSeconds(5430));
    }

    public static VehicleHeld vehicleHeld() {
        return new VehicleHeld(BOOKING_CODE, "24C12345", "EXPORT", "Reefer unit alarm, driver checking", "officer-1", T0.plusSeconds(1200));
    }

    public static VehicleHoldLifted vehicleHoldLifted() {
        return new VehicleHoldLifted(BOOKING_CODE, "24C12345", "EXPORT", "Reefer unit repaired", "officer-1", T0.plusSeconds(2100));
    }

    public static VehicleReordered vehicleReordered() {
        return new VehicleReordered(BOOKING_CODE, "24C12345", "EXPORT", "PERISHABLE", 1, "Durian in a failing reefer", "officer-1", T0.plusSeconds(1500));
    }

    public static BookingConsentGiven bookingConsentGiven() {
        return new BookingConsentGiven(BOOKING_CODE, "24C12345", "EXPORT", "0b6c1d2e-4f5a-4b7c-8d9e-0f1a2b3c4d5e",
                "5d41402abc4b2a76b9719d911017c592ab3f0b1c2d3e4f5a6b7c8d9e0f1a2b3c", T0.minus(java.time.Duration.ofHours(20)));
    }

    public static BookingConsentWithdrawn bookingConsentWithdrawn() {
        return new BookingConsentWithdrawn(BOOKING_CODE, "24C12345", "0b6c1d2e-4f5a-4b7c-8d9e-0f1a2b3c4d5e", T0.minusSeconds(3600));
    }

    public static GateClosed gateClosed() {
        return new GateClosed("3d6f0a52-8c1e-4f0b-9a57-2b1c9d0e7f11", List.of("EXPORT", "IMPORT"), T0.plusSeconds(12_600), T0.plusSeconds(34_200),
                "FLOOD", "Red River over the warning level at Kim Thanh", "MOVE", 42, 3, "officer-1", T0.plusSeconds(9600));
    }

    public static GateReopened gateReopened() {
        return new GateReopened("3d6f0a52-8c1e-4f0b-9a57-2b1c9d0e7f11", List.of("EXPORT", "IMPORT"), "officer-1", T0.plusSeconds(28_800));
    }

    public static BookingBlocked bookingBlocked() {
        return new BookingBlocked("17", "account:driver-an", "NO_SHOW", 2, 30, List.of("KT2-7XK4P9", "KT2-3MN8Q2"),
                T0.plusSeconds(10_800), T0.plusSeconds(10_800 + 14 * 86_400));
    }

    public static BookingBlockLifted bookingBlockLifted() {
        return new BookingBlockLifted("17", "account:driver-an", "NO_SHOW", List.of("KT2-7XK4P9", "KT2-3MN8Q2"),
                T0.plusSeconds(10_800 + 14 * 86_400), "officer-1", "Truck broke down on QL4D, garage receipt shown", T0.plusSeconds(100_800));
    }

    public static SlotCalendarChanged slotCalendarChanged() {
        List<Integer> hours = new java.util.ArrayList<>(java.util.Collections.nCopies(24, 0));
        for (int h = 6; h < 22; h++) {
            hours.set(h, 30);
        }
        return new SlotCalendarChanged("2026-06-15", "EXPORT", List.copyOf(hours), "officer-1", T0.minusSeconds(59_400));
    }

    /** One sample of every queue event type added after the first two. */
    public static BorderCheckRequested borderCheckRequested() {
        return new BorderCheckRequested(BOOKING_CODE, "24C12345", "24R01234", "EXPORT", "Hoàng Văn Bình", "VN", "C1234567", T0.plusSeconds(900));
    }

    public static PerishableDwellAlert perishableDwellAlert() {
        return new PerishableDwellAlert(BOOKING_CODE, "24C12345", "EXPORT", "DURIAN", "NEAR", T0, 2880, 2160, T0.plusSeconds(172_800),
                "WAITING", T0.plusSeconds(129_600));
    }

    public static List<GateEvent> samples() {
        return List.of(bookingAmended(), bookingCancelled(), vehicleCheckedIn(), vehicleCalledForward(), vehicleEnteredGate(), vehicleExited(),
                vehicleNoShow(), vehicleHeld(), vehicleHoldLifted(), vehicleReordered(), bookingConsentGiven(), bookingConsentWithdrawn(), gateClosed(), gateReopened(),
                bookingBlocked(), bookingBlockLifted(),
                slotCalendarChanged(), borderCheckRequested(), perishableDwellAlert());
    }
}
