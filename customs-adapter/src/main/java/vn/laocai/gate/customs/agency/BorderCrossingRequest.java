package vn.laocai.gate.customs.agency;

import vn.laocai.gate.customs.domain.Booking;
import vn.laocai.gate.events.BorderCheckRequested;

import java.time.Instant;
import java.util.UUID;

/**
 * A vehicle and its driver announced to the border guard when the vehicle checks in at the yard
 * (WCO data model: border transport means and its crew member).
 */
public record BorderCrossingRequest(
        String submissionId,
        String bookingCode,
        String direction,
        TransportMeans transportMeans,
        Driver driver,
        Instant checkedInAt) {

    public record TransportMeans(String plate, String trailerPlate) {
    }

    /** The driver: {@code documentNumber} of a passport or border pass, nationality ISO 3166 alpha-2. */
    public record Driver(String name, String nationality, String documentNumber) {
    }

    public static BorderCrossingRequest of(UUID submissionId, Booking b, BorderCheckRequested c) {
        return new BorderCrossingRequest(submissionId.toString(), b.code(),
                c.direction() != null ? c.direction() : b.direction() == null ? null : b.direction().name(),
                new TransportMeans(b.plate(), b.trailerPlate()),
                new Driver(b.driverName(), b.driverNationality(), b.driverDocumentNumber()), c.checkedInAt());
    }
}
