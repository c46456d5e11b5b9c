package vn.laocai.gate.events;

import java.time.Instant;

/**
 * A driver booked a crossing for one vehicle. {@code vehicleType}, {@code weightClass},
 * {@code driverNationality} and {@code ownerAccount} were added after version 1 and are null in events
 * published before them. {@code driverDocumentNumber} is no longer published (null): the document goes
 * only to the border guard's handoff, in {@link BorderCheckRequested}; the field stays to read older events.
 * {@code ownerAccount} is the account that booked (what the driver signs in as), the pseudonymous
 * reference by which the notification service finds the driver.
 */
public record CrossingBooked(
        String bookingCode,
        String plate,
        String trailerPlate,
        String direction,
        String cargoCategory,
        String driverName,
        Instant arrivalWindowStart,
        Instant arrivalWindowEnd,
        Instant bookedAt,
        String vehicleType,
        String weightClass,
        String driverNationality,
        String driverDocumentNumber,
        String ownerAccount) implements GateEvent {

    @Override
    public String aggregateId() {
        return bookingCode;
    }
}
