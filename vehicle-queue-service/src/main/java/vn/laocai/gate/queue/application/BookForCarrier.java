package vn.laocai.gate.queue.application;

import vn.laocai.gate.queue.domain.CargoCategory;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.Plate;
import vn.laocai.gate.support.security.OrganisationId;

import java.time.Instant;

/** A carrier's dispatcher's request to book a crossing for a fleet vehicle and a fleet driver. */
public record BookForCarrier(
        OrganisationId carrier,
        String dispatcher,
        Plate plate,
        Plate trailer,
        String driverAccount,
        Direction direction,
        CargoCategory cargoCategory,
        Instant plannedArrival) {
}
