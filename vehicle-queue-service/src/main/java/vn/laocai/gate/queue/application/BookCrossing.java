package vn.laocai.gate.queue.application;

import vn.laocai.gate.queue.domain.CargoCategory;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.Driver;
import vn.laocai.gate.queue.domain.Vehicle;

import java.time.Instant;

/** A driver's request to book a crossing, already validated and normalised. */
public record BookCrossing(
        String account,
        Vehicle vehicle,
        Driver driver,
        Direction direction,
        CargoCategory cargoCategory,
        Instant plannedArrival,
        /** The border gate the crossing is booked at; null for the gate's default ({@code gate.queue.gates.default}). */
        String gate) {
}
