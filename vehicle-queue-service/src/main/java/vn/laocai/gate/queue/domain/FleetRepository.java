package vn.laocai.gate.queue.domain;

import java.util.List;
import java.util.Optional;

/** The carriers' fleets: a plate and a driver's account belong to at most one carrier at a time. */
public interface FleetRepository {

    void add(FleetVehicle vehicle);

    void add(FleetDriver driver);

    /** The fleet vehicle of this plate, in whichever carrier's fleet it is. */
    Optional<FleetVehicle> vehicle(Plate plate);

    /** The fleet driver of this account, with whichever carrier they drive for. */
    Optional<FleetDriver> driver(String account);

    void remove(FleetVehicle vehicle);

    void remove(FleetDriver driver);

    List<FleetVehicle> vehiclesOf(String carrier);

    List<FleetDriver> driversOf(String carrier);

    /** The bookings the carrier's dispatchers made, latest slot first, at most {@code limit}. */
    List<Booking> bookingsOf(String carrier, int limit);
}
