package vn.laocai.gate.queue.domain;

import vn.laocai.gate.support.domain.Message;

import java.util.Optional;

/** Who or what cancelled a booking, as published in {@code BookingCancelled}. */
public enum CancelReason {
    DRIVER, OFFICER, NO_SHOW, GATE_CLOSURE,
    /** A gate officer released the vehicle to settle who may book it ({@link VehicleClaim}). */
    PLATE_RELEASED,
    /**
     * The booking was declared as loaded and no declaration was linked to it by the deadline before its slot
     * ({@code gate.queue.cargo-link.deadline-before-slot}): its slot went back to the pool. Not the driver's cancellation.
     */
    NO_DECLARATION;

    /**
     * What the driver must be told of a cancellation they did not ask for (a no-show, a release of the vehicle); a
     * gate closure's notice is the closure's own ({@link GateClosure#notice}).
     */
    Optional<Message> noticeToDriver(String remarks) {
        return switch (this) {
            case NO_SHOW -> Optional.of(Message.of("notice.cancelled-no-show"));
            case NO_DECLARATION -> Optional.of(Message.of("notice.cancelled-no-declaration").with("remarks", remarks));
            case PLATE_RELEASED -> Optional.of(Message.of("notice.cancelled-released").with("remarks", remarks));
            default -> Optional.empty();
        };
    }
}
