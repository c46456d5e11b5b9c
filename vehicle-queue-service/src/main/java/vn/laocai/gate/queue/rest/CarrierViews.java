package vn.laocai.gate.queue.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.FleetDriver;
import vn.laocai.gate.queue.domain.FleetVehicle;
import vn.laocai.gate.queue.domain.VehicleType;
import vn.laocai.gate.queue.domain.WeightClass;

import java.time.Instant;

/** What the carrier API answers. */
final class CarrierViews {

    private CarrierViews() {
    }

    @Schema(name = "FleetVehicle")
    record FleetVehicleView(@Schema(example = "24C-123.45") String plate, VehicleType vehicleType, WeightClass weightClass,
                            @Schema(example = "dispatcher-kt") String addedBy, Instant addedAt) {
        static FleetVehicleView of(FleetVehicle v) {
            return new FleetVehicleView(v.plate().display(), v.type(), v.weightClass(), v.addedBy(), v.addedAt());
        }
    }

    @Schema(name = "FleetDriver")
    record FleetDriverView(@Schema(example = "driver-an") String account, @Schema(example = "Nguyễn Văn An") String name,
                           @Schema(example = "VN") String nationality, @Schema(example = "dispatcher-kt") String addedBy, Instant addedAt) {
        static FleetDriverView of(FleetDriver d) {
            return new FleetDriverView(d.account(), d.driver().name(), d.driver().nationality(), d.addedBy(), d.addedAt());
        }
    }

    @Schema(name = "CarrierBooking", description = "A booking a carrier made: who booked it for which driver, and the booking")
    record CarrierBookingView(@Schema(description = "The carrier's tax code or credit code", example = "5300100237") String carrier,
                              @Schema(description = "The dispatcher who booked", example = "dispatcher-kt") String bookedBy,
                              @Schema(description = "The driver the booking is for (its owner)", example = "driver-an") String driverAccount,
                              @Schema(description = "Who cancelled it (the driver or a dispatcher of the carrier), once cancelled",
                                      example = "dispatcher-kt") String cancelledBy,
                              BookingView booking) {
        static CarrierBookingView of(Booking b, BookingView view) {
            return new CarrierBookingView(b.organisation(), b.bookedBy(), b.ownerAccount(), b.cancelledBy(), view);
        }
    }
}
