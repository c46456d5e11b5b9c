package vn.laocai.gate.queue.domain;

/** The vehicle a booking is bound to: its plate, its semi-trailer's plate (if any), type and weight class. */
public record Vehicle(Plate plate, Plate trailer, VehicleType type, WeightClass weightClass) {
}
