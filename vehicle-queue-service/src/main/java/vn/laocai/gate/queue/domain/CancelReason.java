package vn.laocai.gate.queue.domain;

import java.util.Optional;

/** Who or what cancelled a booking, as published in {@code BookingCancelled}. */
public enum CancelReason {
    DRIVER, OFFICER, NO_SHOW, GATE_CLOSURE,
    /** A gate officer released the vehicle to settle who may book it ({@link VehicleClaim}). */
    PLATE_RELEASED;

    /** What the driver must be told of a cancellation they did not ask for (a no-show, a gate closure, a release of the vehicle). */
    Optional<String> noticeToDriver(String remarks) {
        return switch (this) {
            case NO_SHOW -> Optional.of("Cancelled: the vehicle did not arrive");
            case GATE_CLOSURE -> Optional.of("Cancelled: " + remarks);
            case PLATE_RELEASED -> Optional.of("Cancelled: a gate officer released the vehicle for another booking (" + remarks + ")");
            default -> Optional.empty();
        };
    }
}
