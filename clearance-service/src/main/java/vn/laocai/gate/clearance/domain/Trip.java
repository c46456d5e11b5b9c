package vn.laocai.gate.clearance.domain;

/** One vehicle's trip that carries (part of) a consignment; the fee is charged per trip. Type and weight class may be unknown. */
public record Trip(String bookingCode, String vehicleType, String weightClass) {
}
