package vn.laocai.gate.queue.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.SlotCalendar;
import vn.laocai.gate.queue.domain.SlotCalendarRepository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Configured days of the slot calendar, one row per day and direction with its 24 hourly capacities. */
@ApplicationScoped
public class JpaSlotCalendarRepository implements SlotCalendarRepository {

    private final EntityManager em;

    public JpaSlotCalendarRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<SlotCalendar.DayKey, List<Integer>> configuredFrom(LocalDate from) {
        List<Object[]> rows = em.createNativeQuery("select day, direction, hourly_capacity from slot_day where day >= :from")
                .setParameter("from", from).getResultList();
        Map<SlotCalendar.DayKey, List<Integer>> days = new HashMap<>();
        for (Object[] row : rows) {
            LocalDate day = row[0] instanceof Date d ? d.toLocalDate() : (LocalDate) row[0];
            List<Integer> hourly = Arrays.stream(((String) row[2]).split(",")).map(Integer::valueOf).toList();
            days.put(new SlotCalendar.DayKey(day, Direction.valueOf((String) row[1])), hourly);
        }
        return days;
    }

    @Override
    public void save(LocalDate day, Direction direction, List<Integer> hourly, String by) {
        em.createNativeQuery("""
                        insert into slot_day (day, direction, hourly_capacity, configured_by, configured_at)
                        values (:day, :direction, :hourly, :by, now())
                        on conflict (day, direction) do update set hourly_capacity = excluded.hourly_capacity,
                          configured_by = excluded.configured_by, configured_at = excluded.configured_at""")
                .setParameter("day", day).setParameter("direction", direction.name())
                .setParameter("hourly", hourly.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .setParameter("by", by)
                .executeUpdate();
    }
}
