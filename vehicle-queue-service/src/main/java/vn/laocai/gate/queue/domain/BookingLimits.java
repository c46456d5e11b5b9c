package vn.laocai.gate.queue.domain;

import java.time.Duration;

/**
 * The limits against slot scalping and double bookings, as configured: how many open bookings an
 * account and a vehicle may hold, and how far apart two bookings of one vehicle or one driver must
 * be (a round trip through the gate takes hours). {@link BookingAdmission} applies them.
 */
public record BookingLimits(int openPerAccount, int openPerVehicle, Duration minimumGap) {
}
