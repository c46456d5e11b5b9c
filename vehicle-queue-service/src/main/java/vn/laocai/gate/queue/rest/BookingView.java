package vn.laocai.gate.queue.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.Plate;

import java.time.Instant;

/** A booking as drivers and officers see it. */
@Schema(name = "Booking")
public record BookingView(
        @Schema(example = "KT2-7XK4P9") String code,
        @Schema(example = "BOOKED") String status,
        @Schema(example = "24C-123.45") String plate,
        @Schema(example = "24R-012.34") String trailerPlate,
        String driverName,
        String driverNationality,
        @Schema(example = "EXPORT") String direction,
        @Schema(example = "PERISHABLE") String cargoCategory,
        Instant arrivalWindowStart,
        Instant arrivalWindowEnd,
        Instant bookedAt,
        Instant releasedAt,
        String releasedForDeclaration) {

    static BookingView of(Booking b) {
        return new BookingView(b.code(), b.status().name(), display(b.plate()), display(b.trailerPlate()),
                b.driver().name(), b.driver().nationality(), b.direction().name(), b.cargoCategory().name(),
                b.arrivalWindowStart(), b.arrivalWindowEnd(), b.bookedAt(), b.releasedAt(), b.releasedForDeclaration());
    }

    private static String display(String plate) {
        return plate == null ? null : Plate.parse(plate).map(Plate::display).orElse(plate);
    }
}
