package vn.laocai.gate.queue.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a booking declared as loaded must have a declaration linked to keep its slot: {@code beforeSlot} before the slot
 * starts, but never sooner than {@code afterBooking} after it was booked, so that a booking made close to its slot has
 * time to be declared (one made inside its slot is left to check-in and the no-show rule).
 */
public record CargoLinkDeadline(Duration beforeSlot, Duration afterBooking) {

    public CargoLinkDeadline {
        if (beforeSlot.isNegative() || afterBooking.isNegative()) {
            throw new IllegalArgumentException("cargo-link deadlines cannot be negative: " + beforeSlot + ", " + afterBooking);
        }
    }

    /** The deadline of a booking of the slot starting {@code slotStart}, booked at {@code bookedAt}. */
    public Instant of(Instant slotStart, Instant bookedAt) {
        Instant beforeTheSlot = slotStart.minus(beforeSlot);
        Instant afterTheBooking = bookedAt.plus(afterBooking);
        return beforeTheSlot.isAfter(afterTheBooking) ? beforeTheSlot : afterTheBooking;
    }
}
