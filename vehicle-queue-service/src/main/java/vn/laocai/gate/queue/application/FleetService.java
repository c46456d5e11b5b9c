package vn.laocai.gate.queue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.laocai.gate.queue.domain.BookingRepository;
import vn.laocai.gate.queue.domain.Driver;
import vn.laocai.gate.queue.domain.Fleet;
import vn.laocai.gate.queue.domain.FleetDriver;
import vn.laocai.gate.queue.domain.FleetRepository;
import vn.laocai.gate.queue.domain.FleetVehicle;
import vn.laocai.gate.queue.domain.Plate;
import vn.laocai.gate.queue.domain.VehicleType;
import vn.laocai.gate.queue.domain.WeightClass;
import vn.laocai.gate.support.audit.AuditTrail;
import vn.laocai.gate.support.domain.NotFoundException;
import vn.laocai.gate.support.security.OrganisationId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A carrier's fleet kept by its manager or dispatcher: vehicles by plate, drivers by account. Each change
 * takes the plate's or the driver's lock (so it waits for a booking of them in progress), is audited with
 * who acted for which carrier, and a plate or a driver joins one fleet at a time.
 */
@ApplicationScoped
public class FleetService {

    private final FleetRepository fleets;
    private final BookingRepository bookings;
    private final AuditTrail audit;
    private final Clock clock;

    public FleetService(FleetRepository fleets, BookingRepository bookings, AuditTrail audit, Clock clock) {
        this.fleets = fleets;
        this.bookings = bookings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public FleetVehicle addVehicle(OrganisationId carrier, Plate plate, VehicleType type, WeightClass weightClass, String actor) {
        bookings.lock(plate.lockKey());
        Fleet.requireFree(plate, fleets.vehicle(plate));
        FleetVehicle vehicle = new FleetVehicle(carrier.value(), plate, type, weightClass, actor, Instant.now(clock));
        fleets.add(vehicle);
        audit.record(actor, "FLEET_VEHICLE_ADDED", plate.value(), null, Map.of("carrier", carrier.value()));
        return vehicle;
    }

    @Transactional
    public void removeVehicle(OrganisationId carrier, Plate plate, String actor) {
        bookings.lock(plate.lockKey());
        FleetVehicle vehicle = fleets.vehicle(plate).filter(v -> v.carrier().equals(carrier.value()))
                .orElseThrow(() -> new NotFoundException("Fleet vehicle", plate.display()));
        fleets.remove(vehicle);
        audit.record(actor, "FLEET_VEHICLE_REMOVED", plate.value(), null, Map.of("carrier", carrier.value()));
    }

    @Transactional
    public FleetDriver addDriver(OrganisationId carrier, String account, Driver details, String actor) {
        bookings.lock(details.lockKey());
        Fleet.requireFree(account, fleets.driver(account));
        FleetDriver driver = new FleetDriver(carrier.value(), account, details, actor, Instant.now(clock));
        fleets.add(driver);
        audit.record(actor, "FLEET_DRIVER_ADDED", account, null, Map.of("carrier", carrier.value()));
        return driver;
    }

    @Transactional
    public void removeDriver(OrganisationId carrier, String account, String actor) {
        FleetDriver driver = fleets.driver(account).filter(d -> d.carrier().equals(carrier.value()))
                .orElseThrow(() -> new NotFoundException("Fleet driver", account));
        fleets.remove(driver);
        audit.record(actor, "FLEET_DRIVER_REMOVED", account, null, Map.of("carrier", carrier.value()));
    }

    @Transactional
    public List<FleetVehicle> vehicles(OrganisationId carrier) {
        return fleets.vehiclesOf(carrier.value());
    }

    @Transactional
    public List<FleetDriver> drivers(OrganisationId carrier) {
        return fleets.driversOf(carrier.value());
    }
}
