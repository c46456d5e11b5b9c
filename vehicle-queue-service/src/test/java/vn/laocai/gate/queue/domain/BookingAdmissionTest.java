package vn.laocai.gate.queue.domain;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.support.domain.RuleViolation;
import vn.laocai.gate.support.i18n.Language;
import vn.laocai.gate.support.i18n.PlatformTexts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The admission of bookings through its repository ports: what it asks, which locks it takes, what it refuses. */
class BookingAdmissionTest {

    static final Instant NOW = Instant.parse("2026-06-15T01:10:00Z");
    static final Instant SLOT = Instant.parse("2026-06-15T03:00:00Z");
    static final Plate PLATE = Plate.parse("24C-123.45").orElseThrow();
    static final Driver DRIVER = new Driver("Nguyễn Văn An", "VN", "C1234567", "0912345678");

    final Bookings bookings = new Bookings();
    final List<GateClosure> closures = new ArrayList<>();
    final BookingAdmission admission = new BookingAdmission(bookings, new Closures(), new NoConfiguredDays(),
            ZoneId.of("Asia/Ho_Chi_Minh"), new Lanes(2, 3), 200, new BookingLimits(5, 2, Duration.ofHours(4)));

    @Test
    void a_booking_holds_the_slot_hour_of_its_planned_arrival_under_the_account_plate_driver_then_slot_locks() {
        ArrivalWindow window = admission.admit("driver-an", PLATE, DRIVER, Direction.EXPORT, SLOT.plusSeconds(2400), NOW);

        assertThat(window.start()).isEqualTo(SLOT);
        assertThat(window.end()).isEqualTo(SLOT.plus(ArrivalWindow.LENGTH));
        assertThat(bookings.locks).containsExactly("account:driver-an", "plate:24C12345", "document:VN:C1234567",
                "slot:EXPORT:" + SLOT.getEpochSecond());
    }

    @Test
    void a_full_slot_is_refused_naming_the_next_free_one() {
        for (int i = 0; i < 17; i++) {
            bookings.add(booked("driver-" + i, Plate.parse("24C" + (10_000 + i)).orElseThrow(), "B" + (1_000_000 + i), SLOT));
        }

        assertThatThrownBy(() -> admission.admit("driver-an", PLATE, DRIVER, Direction.EXPORT, SLOT, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("slot-full");
                    assertThat(e.isConflict()).isTrue();
                    assertThat(e.getMessage()).contains("full (17 vehicles)").contains("the next free slot is " + SLOT.plusSeconds(3600));
                });
        assertThat(admission.admit("driver-an", PLATE, DRIVER, Direction.IMPORT, SLOT, NOW).start()).isEqualTo(SLOT);
    }

    @Test
    void a_full_slot_offers_the_nearest_free_slots_of_its_direction_before_and_after_it() {
        // 03:00 and 02:00 full, 04:00 full, 05:00 taking one more; the import side empty and never offered
        for (Instant full : List.of(SLOT, SLOT.minusSeconds(3600), SLOT.plusSeconds(3600))) {
            fill(full, 17);
        }
        fill(SLOT.plusSeconds(2 * 3600), 16);

        assertThatThrownBy(() -> admission.admit("driver-an", PLATE, DRIVER, Direction.EXPORT, SLOT, NOW))
                .isInstanceOfSatisfying(SlotUnavailable.class, e -> {
                    assertThat(e.rule()).isEqualTo("slot-full");
                    assertThat(e.isConflict()).isTrue();
                    assertThat(e.field()).isEqualTo("plannedArrival");
                    // before: 01:00 only (02:00 is full, the hour now is 01:10), each with the places left
                    assertThat(e.alternatives().before()).containsExactly(new SlotAlternatives.FreeSlot(SLOT.minusSeconds(2 * 3600), 17));
                    assertThat(e.alternatives().after()).containsExactly(new SlotAlternatives.FreeSlot(SLOT.plusSeconds(2 * 3600), 1),
                            new SlotAlternatives.FreeSlot(SLOT.plusSeconds(3 * 3600), 17), new SlotAlternatives.FreeSlot(SLOT.plusSeconds(4 * 3600), 17));
                    assertThat(e.getMessage()).contains("the next free slot is " + SLOT.plusSeconds(2 * 3600));
                });
    }

    @Test
    void a_closed_slot_offers_free_slots_outside_the_closure_on_both_sides() {
        closures.add(GateClosure.declare(Set.of(Direction.EXPORT), SLOT.minusSeconds(3600), SLOT.plusSeconds(2 * 3600), ClosureReason.FLOOD,
                null, ClosureAction.MOVE, "officer-1", NOW));

        assertThatThrownBy(() -> admission.admit("driver-an", PLATE, DRIVER, Direction.EXPORT, SLOT, NOW))
                .isInstanceOfSatisfying(SlotUnavailable.class, e -> {
                    assertThat(e.rule()).isEqualTo("gate-closed");
                    assertThat(e.isConflict()).isFalse();
                    assertThat(e.alternatives().before()).extracting(SlotAlternatives.FreeSlot::start)
                            .containsExactly(SLOT.minusSeconds(2 * 3600));
                    assertThat(e.alternatives().after()).extracting(SlotAlternatives.FreeSlot::start)
                            .containsExactly(SLOT.plusSeconds(2 * 3600), SLOT.plusSeconds(3 * 3600), SLOT.plusSeconds(4 * 3600));
                });
    }

    private int filled;

    /** {@code count} export bookings of other accounts, vehicles and drivers in the slot hour. */
    private void fill(Instant slot, int count) {
        for (int i = 0; i < count; i++, filled++) {
            bookings.add(booked("driver-f" + filled, Plate.parse("24C" + (20_000 + filled)).orElseThrow(), "B" + (2_000_000 + filled), slot));
        }
    }

    @Test
    void a_slot_a_closure_covers_is_refused_under_the_four_locks_taken_together() {
        closures.add(GateClosure.declare(Set.of(Direction.EXPORT), SLOT, SLOT.plusSeconds(2 * 3600), ClosureReason.FLOOD,
                "Red River over the warning level", ClosureAction.MOVE, "officer-1", NOW));

        assertThatThrownBy(() -> admission.admit("driver-an", PLATE, DRIVER, Direction.EXPORT, SLOT, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("gate-closed");
                    assertThat(e.isConflict()).isFalse();
                    assertThat(e.getMessage()).contains("the next free slot is " + SLOT.plusSeconds(2 * 3600));
                });
        assertThat(bookings.locks).containsExactly("account:driver-an", "plate:24C12345", "document:VN:C1234567",
                "slot:EXPORT:" + SLOT.getEpochSecond());
    }

    @Test
    void an_arrival_whose_hour_is_over_is_refused_before_any_lock() {
        assertThatThrownBy(() -> admission.admit("driver-an", PLATE, DRIVER, Direction.EXPORT, NOW.minusSeconds(7200), NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("arrival-in-past"));
        assertThat(bookings.locks).isEmpty();
    }

    @Test
    void an_amendment_to_another_slot_keeps_the_gap_to_the_other_bookings_but_not_to_its_own() {
        Booking booking = booked("driver-an", PLATE, DRIVER.documentNumber(), SLOT);
        bookings.add(booking);
        bookings.add(booked("driver-an", PLATE, DRIVER.documentNumber(), SLOT.plus(Duration.ofHours(8))));

        assertThat(admission.admitAmendment(booking, null, SLOT.plusSeconds(3600), NOW)).hasValue(ArrivalWindow.startingAt(SLOT.plusSeconds(3600)));
        assertThatThrownBy(() -> admission.admitAmendment(booking, null, SLOT.plus(Duration.ofHours(6)), NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("overlapping-booking"));
        assertThat(admission.admitAmendment(booking, DRIVER, null, NOW)).isEmpty();
    }

    @Test
    void a_booking_hit_by_a_closure_moves_to_the_first_free_slot_after_it_which_is_locked() {
        Booking booking = booked("driver-an", PLATE, DRIVER.documentNumber(), SLOT);
        for (int i = 0; i < 17; i++) {
            bookings.add(booked("driver-" + i, Plate.parse("24C" + (10_000 + i)).orElseThrow(), "B" + (1_000_000 + i), SLOT.plusSeconds(3600)));
        }

        Optional<ArrivalWindow> moved = admission.windowForMove(booking, SLOT.plusSeconds(3600), List.of(), NOW);

        assertThat(moved).hasValue(ArrivalWindow.startingAt(SLOT.plusSeconds(2 * 3600)));
        assertThat(bookings.locks).containsExactly("slot:EXPORT:" + SLOT.plusSeconds(2 * 3600).getEpochSecond());
    }

    @Test
    void a_vehicle_is_bound_to_the_account_that_booked_it_until_its_open_bookings_end() {
        Booking first = booked("owner", PLATE, "B7654321", SLOT.plus(Duration.ofDays(1)));
        bookings.add(first);

        assertThatThrownBy(() -> admission.admit("stranger", PLATE, DRIVER, Direction.EXPORT, SLOT, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("vehicle-bound");
                    assertThat(e.field()).isEqualTo("plate");
                    assertThat(e.getMessage()).doesNotContain("owner").doesNotContain(first.code());
                });
        assertThat(admission.admit("owner", PLATE, DRIVER, Direction.EXPORT, SLOT, NOW).start()).isEqualTo(SLOT);

        first.cancel(CancelReason.DRIVER, null, NOW);
        assertThat(admission.admit("stranger", PLATE, DRIVER, Direction.EXPORT, SLOT, NOW).start()).isEqualTo(SLOT);
    }

    @Test
    void one_driver_cannot_hold_two_bookings_less_than_the_gap_apart_on_other_vehicles_of_other_accounts() {
        bookings.add(booked("account-1", Plate.parse("24C-222.22").orElseThrow(), DRIVER.documentNumber(), SLOT));
        Driver sameDocumentTyped = new Driver("Nguyen Van An", "VN", "c1234567", "0912345678");

        assertThatThrownBy(() -> admission.admit("account-2", PLATE, sameDocumentTyped, Direction.EXPORT, SLOT.plusSeconds(3600), NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("overlapping-booking");
                    assertThat(e.getMessage()).contains("the driver already holds a booking").doesNotContain("C1234567").doesNotContain("KT2-");
                });
        // the same number issued by another country is another driver
        Driver chinese = new Driver("Li Wei", "CN", "C1234567", "+8613800000000");
        assertThat(admission.admit("account-2", PLATE, chinese, Direction.EXPORT, SLOT.plusSeconds(3600), NOW)).isNotNull();
    }

    @Test
    void an_amendment_of_the_driver_is_checked_under_the_plate_lock_then_both_document_locks_sorted() {
        Booking booking = booked("driver-an", PLATE, "Z9999999", SLOT);
        bookings.add(booking);
        bookings.add(booked("other", Plate.parse("24C-333.33").orElseThrow(), DRIVER.documentNumber(), SLOT.plusSeconds(7200)));

        assertThatThrownBy(() -> admission.admitAmendment(booking, DRIVER, null, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("overlapping-booking"));
        assertThat(bookings.locks).containsExactly("plate:24C12345", "document:VN:C1234567", "document:VN:Z9999999");
    }

    @Test
    void a_release_cancels_only_bookings_still_booked_and_refuses_a_vehicle_in_the_yard() {
        Booking booked = booked("squatter", PLATE, "B7654321", SLOT);
        assertThat(VehicleClaim.toRelease(PLATE, List.of(booked))).containsExactly(booked);

        Booking inYard = booked("squatter", PLATE, "B7654321", NOW.minusSeconds(600));
        inYard.checkIn(CheckInMethod.PLATE, null, Duration.ofHours(4), Duration.ofHours(1), NOW);
        assertThatThrownBy(() -> VehicleClaim.toRelease(PLATE, List.of(booked, inYard)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("vehicle-in-yard");
                    assertThat(e.field()).isEqualTo("plate");
                    assertThat(e.isConflict()).isTrue();
                });

        booked.cancel(CancelReason.PLATE_RELEASED, "papers checked", NOW);
        assertThat(PlatformTexts.render(Language.EN, booked.driverNotice())).contains("released").contains("papers checked");
        assertThat(booked.drainEvents()).last().extracting("reason").isEqualTo("PLATE_RELEASED");
    }

    static Booking booked(String account, Plate plate, String document, Instant slot) {
        return Booking.book("KT2-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), account,
                new Vehicle(plate, null, VehicleType.TRUCK, WeightClass.OVER_10T),
                new Driver("Driver", "VN", document, "0912000000"), Direction.EXPORT, CargoCategory.GENERAL,
                ArrivalWindow.startingAt(slot), NOW);
    }

    /** Bookings in memory: the questions the admission asks, and the locks it takes, in order. */
    static final class Bookings implements BookingRepository {

        final List<Booking> all = new ArrayList<>();
        final List<String> locks = new ArrayList<>();

        @Override
        public void add(Booking booking) {
            all.add(booking);
        }

        @Override
        public long countOpenForAccount(String account) {
            return all.stream().filter(b -> b.isOwnedBy(account) && b.status().isOpen()).count();
        }

        @Override
        public List<Booking> openForVehicleOrDriver(Plate plate, Driver driver) {
            return all.stream().filter(b -> b.status().isOpen())
                    .filter(b -> b.plate().equals(plate) || b.driver().lockKey().equals(driver.lockKey())).toList();
        }

        @Override
        public List<Booking> openForPlate(Plate plate) {
            return all.stream().filter(b -> b.status().isOpen() && b.plate().equals(plate)).toList();
        }

        @Override
        public long countInSlot(Direction direction, Instant slotStart) {
            return all.stream().filter(b -> b.direction() == direction && b.window().start().equals(slotStart))
                    .filter(b -> b.status() != BookingStatus.CANCELLED).count();
        }

        @Override
        public void lock(List<String> keys) {
            locks.addAll(keys);
        }

        @Override
        public Optional<Booking> findByCode(String code) {
            return all.stream().filter(b -> b.code().equals(code)).findFirst();
        }

        @Override
        public List<Booking> bookedForPlate(Plate plate) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean tryLock(long key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> erasePersonalData(java.time.Instant closedBefore, String erased, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void lockForChange(Booking booking) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Booking> waiting(Direction direction) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Booking> inGateArea(Direction direction) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Booking> atGate() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Instant> recentGateIns(Direction direction, int count) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Booking> bookedBetween(Collection<Direction> directions, Instant from, Instant until) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Booking> unmarkedNoShows(Instant windowEndBefore, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Booking> dueForCancellation(Instant windowEndAtOrBefore, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Booking> loadedWithoutDeclaration(Instant slotStartAtOrBefore, Instant bookedAtOrBefore, Instant now, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Booking> ownedBy(String account) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void flush() {
        }
    }

    final class Closures implements GateClosureRepository {

        @Override
        public void add(GateClosure closure) {
            closures.add(closure);
        }

        @Override
        public Optional<GateClosure> find(UUID id) {
            return closures.stream().filter(c -> c.id().equals(id)).findFirst();
        }

        @Override
        public List<GateClosure> activeAfter(Instant after) {
            return closures.stream().filter(c -> c.reopenedAt() == null && c.closedUntil().isAfter(after)).toList();
        }
    }

    static final class NoConfiguredDays implements SlotCalendarRepository {

        @Override
        public Map<SlotCalendar.DayKey, List<Integer>> configuredFrom(LocalDate from) {
            return Map.of();
        }

        @Override
        public void save(LocalDate day, Direction direction, List<Integer> hourly, String by) {
            throw new UnsupportedOperationException();
        }
    }
}
