package vn.laocai.gate.events;

import java.time.Instant;

/**
 * A driver booked a crossing for one vehicle. {@code vehicleType}, {@code weightClass},
 * {@code driverNationality} and {@code ownerAccount} were added after version 1 and are null in events
 * published before them. {@code driverDocumentNumber} is no longer published (null): the document goes
 * only to the border guard's handoff, in {@link BorderCheckRequested}; the field stays to read older events.
 * {@code ownerAccount} is the account that booked (what the driver signs in as), the pseudonymous
 * reference by which the notification service finds the driver. {@code writtenPlate} (the plate as it is
 * written, {@code 24C-468.02}, {@code 云G·12345}) was added later and is null in older events.
 * {@code contactPhone} is not published (null): a phone on this topic would reach every consumer of it.
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
        String ownerAccount,
        String writtenPlate,
        String contactPhone) implements GateEvent {

    /** A booking event written before the written plate and the contact phone travelled. */
    public CrossingBooked(String bookingCode, String plate, String trailerPlate, String direction, String cargoCategory,
                          String driverName, Instant arrivalWindowStart, Instant arrivalWindowEnd, Instant bookedAt,
                          String vehicleType, String weightClass, String driverNationality, String driverDocumentNumber,
                          String ownerAccount) {
        this(bookingCode, plate, trailerPlate, direction, cargoCategory, driverName, arrivalWindowStart, arrivalWindowEnd,
                bookedAt, vehicleType, weightClass, driverNationality, driverDocumentNumber, ownerAccount, null, null);
    }

    @Override
    public String aggregateId() {
        return bookingCode;
    }
}
