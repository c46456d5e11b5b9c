package vn.laocai.gate.queue.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.FleetDriver;
import vn.laocai.gate.queue.domain.FleetRepository;
import vn.laocai.gate.queue.domain.FleetVehicle;
import vn.laocai.gate.queue.domain.Plate;

import java.util.List;
import java.util.Optional;

/** The fleets in PostgreSQL through JPA; unique indexes keep a plate and a driver in one fleet. */
@ApplicationScoped
public class JpaFleetRepository implements FleetRepository {

    private final EntityManager em;

    public JpaFleetRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(FleetVehicle vehicle) {
        em.persist(vehicle);
        em.flush();
    }

    @Override
    public void add(FleetDriver driver) {
        em.persist(driver);
        em.flush();
    }

    @Override
    public Optional<FleetVehicle> vehicle(Plate plate) {
        return em.createQuery("from FleetVehicle v where v.plate = :plate", FleetVehicle.class)
                .setParameter("plate", plate).getResultStream().findFirst();
    }

    @Override
    public Optional<FleetDriver> driver(String account) {
        return em.createQuery("from FleetDriver d where d.account = :account", FleetDriver.class)
                .setParameter("account", account).getResultStream().findFirst();
    }

    @Override
    public void remove(FleetVehicle vehicle) {
        em.remove(vehicle);
    }

    @Override
    public void remove(FleetDriver driver) {
        em.remove(driver);
    }

    @Override
    public List<FleetVehicle> vehiclesOf(String carrier) {
        return em.createQuery("from FleetVehicle v where v.carrier = :carrier order by v.addedAt", FleetVehicle.class)
                .setParameter("carrier", carrier).getResultList();
    }

    @Override
    public List<FleetDriver> driversOf(String carrier) {
        return em.createQuery("from FleetDriver d where d.carrier = :carrier order by d.addedAt", FleetDriver.class)
                .setParameter("carrier", carrier).getResultList();
    }

    @Override
    public List<Booking> bookingsOf(String carrier, int limit) {
        return em.createQuery("from Booking b where b.organisation = :carrier order by b.window.startsAt desc", Booking.class)
                .setParameter("carrier", carrier).setMaxResults(limit).getResultList();
    }
}
