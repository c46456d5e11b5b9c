package vn.laocai.gate.queue.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What of the crossings is shared with other agencies, read as it is stored: the partner API's records and the open
 * dataset's raw rows. No plate, driver, account or booking code is in them (see the README, "Partner API").
 */
public interface SharedCrossings {

    /** Crossings whose slot starts in {@code [from, until)}, by slot then id, from {@code offset}, at most {@code limit}. */
    List<SharedCrossing> slottedBetween(Instant from, Instant until, int offset, int limit);

    /** The vehicles that left the gate in {@code [from, until)}, for the open dataset. */
    List<GateExit> exitedBetween(Instant from, Instant until);

    /** A crossing as shared. */
    record SharedCrossing(UUID id, Direction direction, CargoCategory cargoCategory, VehicleType vehicleType,
                          WeightClass weightClass, BookingStatus status, Instant slotStart, Instant slotEnd, Instant bookedAt,
                          Instant checkedInAt, Instant calledForwardAt, Instant enteredGateAt, Instant exitedAt,
                          Instant cancelledAt, List<String> consignmentIds) {
    }

    /** A vehicle out of the gate: its direction and when it checked in and entered the gate (null when it never did). */
    record GateExit(Direction direction, Instant checkedInAt, Instant enteredGateAt) {
    }
}
