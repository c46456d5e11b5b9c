package vn.laocai.gate.queue.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import static vn.laocai.gate.support.partner.Rows.instant;
import vn.laocai.gate.queue.domain.BookingStatus;
import vn.laocai.gate.queue.domain.CargoCategory;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.SharedCrossings;
import vn.laocai.gate.queue.domain.VehicleType;
import vn.laocai.gate.queue.domain.WeightClass;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The shared fields of crossings in SQL: the booking's row and the consignments it carries. */
@ApplicationScoped
public class JpaSharedCrossings implements SharedCrossings {

    private final EntityManager em;

    public JpaSharedCrossings(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<SharedCrossing> slottedBetween(Instant from, Instant until, int offset, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        select id, direction, cargo_category, vehicle_type, weight_class, status, arrival_window_start,
                               arrival_window_end, booked_at, checked_in_at, called_forward_at, entered_gate_at, exited_at,
                               cancelled_at
                        from booking where arrival_window_start >= :from and arrival_window_start < :until
                        order by arrival_window_start, id offset :offset limit :limit""")
                .setParameter("from", from).setParameter("until", until)
                .setParameter("offset", offset).setParameter("limit", limit)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<String>> consignments = ((List<Object[]>) em.createNativeQuery("""
                        select booking_id, declaration_id from booking_consignment where booking_id in (:ids)
                        order by booking_id, declaration_id""")
                .setParameter("ids", rows.stream().map(r -> (UUID) r[0]).toList()).getResultList()).stream()
                .collect(Collectors.groupingBy(r -> (UUID) r[0], Collectors.mapping(r -> (String) r[1], Collectors.toList())));
        return rows.stream().map(r -> new SharedCrossing((UUID) r[0], Direction.valueOf((String) r[1]),
                CargoCategory.valueOf((String) r[2]), value(r[3], VehicleType::valueOf), value(r[4], WeightClass::valueOf),
                BookingStatus.valueOf((String) r[5]), instant(r[6]), instant(r[7]), instant(r[8]), instant(r[9]),
                instant(r[10]), instant(r[11]), instant(r[12]), instant(r[13]),
                consignments.getOrDefault((UUID) r[0], List.of()))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<GateExit> exitedBetween(Instant from, Instant until) {
        List<Object[]> rows = em.createNativeQuery("""
                        select direction, checked_in_at, entered_gate_at from booking
                        where exited_at >= :from and exited_at < :until""")
                .setParameter("from", from).setParameter("until", until)
                .getResultList();
        return rows.stream().map(r -> new GateExit(Direction.valueOf((String) r[0]), instant(r[1]), instant(r[2]))).toList();
    }

    private static <T> T value(Object column, Function<String, T> parse) {
        return column == null ? null : parse.apply((String) column);
    }
}
