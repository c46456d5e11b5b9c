package vn.laocai.gate.queue.domain;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.BookingAmended;
import vn.laocai.gate.events.BookingCancelled;
import vn.laocai.gate.events.GateClosed;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.events.VehicleCalledForward;
import vn.laocai.gate.events.VehicleCheckedIn;
import vn.laocai.gate.events.VehicleEnteredGate;
import vn.laocai.gate.events.VehicleExited;
import vn.laocai.gate.events.VehicleHeld;
import vn.laocai.gate.events.VehicleNoShow;
import vn.laocai.gate.events.VehicleReleased;
import vn.laocai.gate.events.VehicleReordered;
import vn.laocai.gate.support.domain.RuleViolation;
import vn.laocai.gate.support.i18n.Language;
import vn.laocai.gate.support.i18n.PlatformTexts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of the yard queue: priorities, ETA, call-forward after clearance, release, closures, no-shows, limits. */
class YardRulesTest {

    static final Instant SLOT = Instant.parse("2026-06-15T01:00:00Z");
    static final Instant NOW = SLOT.plusSeconds(600);
    static final Duration EARLY = Duration.ofHours(4);
    static final Duration GRACE = Duration.ofHours(1);
    static final AtomicInteger SEQ = new AtomicInteger(10_000);

    static Booking booking(CargoCategory cargo, Instant plannedArrival, Direction direction) {
        int n = SEQ.incrementAndGet();
        return Booking.book("KT2-" + "AB" + Integer.toString(n, 31).toUpperCase().replace('0', 'X').replace('1', 'Y'),
                "driver-" + n, new Vehicle(Plate.parse("24C" + n % 100_000).orElseThrow(), null, VehicleType.TRUCK, WeightClass.OVER_10T),
                new Driver("Lò Văn Minh", "VN", "B" + (1_000_000 + n), "0912000000"), direction, cargo,
                BookingAdmission.windowFor(plannedArrival, NOW.minusSeconds(86_400)), NOW.minusSeconds(86_400));
    }

    static Booking waiting(CargoCategory cargo, Instant slot, Instant checkIn) {
        Booking b = booking(cargo, slot, Direction.EXPORT);
        b.checkIn(CheckInMethod.PLATE, null, EARLY, GRACE, checkIn);
        b.drainEvents();
        return b;
    }

    static <T extends GateEvent> List<T> events(Booking b, Class<T> type) {
        return b.drainEvents().stream().filter(type::isInstance).map(type::cast).toList();
    }

    // --- priorities and order ---

    @Test
    void perishables_confirmed_by_declaration_go_first_then_standard_empty_and_dangerous_each_in_slot_order() {
        Booking dangerous = waiting(CargoCategory.DANGEROUS, SLOT.minusSeconds(7200), NOW);
        Booking empty = waiting(CargoCategory.EMPTY, SLOT.minusSeconds(7200), NOW);
        Booking generalEarly = waiting(CargoCategory.GENERAL, SLOT.minusSeconds(3600), NOW);
        Booking generalLate = waiting(CargoCategory.GENERAL, SLOT, NOW.minusSeconds(300));
        Booking durian = waiting(CargoCategory.PERISHABLE, SLOT, NOW);
        // a self-declared perishable is standard until a declaration confirms it
        assertThat(durian.priorityClass()).isEqualTo(PriorityClass.STANDARD);
        durian.declarationSubmitted("decl-durian", null, true, PriorityRule.perishable(Boolean.TRUE), NOW);
        assertThat(events(durian, VehicleReordered.class)).singleElement()
                .satisfies(e -> assertThat(e.priorityClass()).isEqualTo("PERISHABLE"));

        YardQueue queue = new YardQueue(Direction.EXPORT, List.of(dangerous, empty, generalLate, durian, generalEarly), List.of(),
                Duration.ofMinutes(4), NOW);

        assertThat(queue.entries()).extracting(e -> e.booking()).containsExactly(durian, generalEarly, generalLate, empty, dangerous);
        assertThat(queue.entries()).extracting(YardQueue.Entry::position).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void the_queue_follows_clearances_perishable_decision_and_an_older_event_without_one_is_not_perishable() {
        assertThat(PriorityRule.perishable(Boolean.TRUE)).isTrue();
        assertThat(PriorityRule.perishable(Boolean.FALSE)).isFalse();
        assertThat(PriorityRule.perishable(null)).isFalse();
        Booking decidedPerishable = waiting(CargoCategory.GENERAL, SLOT, NOW);
        Booking decidedNot = waiting(CargoCategory.PERISHABLE, SLOT, NOW);
        Booking undecided = waiting(CargoCategory.PERISHABLE, SLOT, NOW);

        decidedPerishable.declarationSubmitted("decl-a", null, true, PriorityRule.perishable(Boolean.TRUE), NOW);
        decidedNot.declarationSubmitted("decl-b", null, true, PriorityRule.perishable(Boolean.FALSE), NOW);
        undecided.declarationSubmitted("decl-c", null, true, PriorityRule.perishable(null), NOW);

        assertThat(decidedPerishable.priorityClass()).isEqualTo(PriorityClass.PERISHABLE);
        assertThat(decidedNot.priorityClass()).isEqualTo(PriorityClass.STANDARD);
        assertThat(undecided.priorityClass()).isEqualTo(PriorityClass.STANDARD);
    }

    @Test
    void a_vehicle_more_than_the_grace_window_late_is_requeued_behind_those_on_time() {
        Booking late = booking(CargoCategory.GENERAL, SLOT.minusSeconds(3 * 3600), Direction.EXPORT);
        assertThat(late.markNoShow(GRACE, Duration.ofHours(12), NOW)).isTrue();
        assertThat(events(late, VehicleNoShow.class)).singleElement().satisfies(e -> {
            assertThat(e.graceUntil()).isEqualTo(SLOT.minusSeconds(3600));
            assertThat(e.cancelAt()).isEqualTo(SLOT.minusSeconds(2 * 3600).plus(Duration.ofHours(12)));
        });
        assertThat(late.markNoShow(GRACE, Duration.ofHours(12), NOW.plusSeconds(60))).isFalse();
        late.checkIn(CheckInMethod.PLATE, null, EARLY, GRACE, NOW);
        Booking onTimeLaterSlot = waiting(CargoCategory.GENERAL, SLOT, NOW.plusSeconds(60));
        Booking withinGrace = waiting(CargoCategory.GENERAL, SLOT.minusSeconds(3600), NOW);

        assertThat(late.yard().requeued()).isTrue();
        assertThat(withinGrace.yard().requeued()).isFalse();
        YardQueue queue = new YardQueue(Direction.EXPORT, List.of(late, onTimeLaterSlot, withinGrace), List.of(), Duration.ofMinutes(4), NOW);
        assertThat(queue.entries()).extracting(YardQueue.Entry::booking).containsExactly(withinGrace, onTimeLaterSlot, late);
    }

    @Test
    void too_early_a_check_in_is_refused_and_a_second_one_conflicts() {
        Booking tomorrow = booking(CargoCategory.GENERAL, SLOT.plus(Duration.ofHours(20)), Direction.IMPORT);
        assertThatThrownBy(() -> tomorrow.checkIn(CheckInMethod.QR, null, EARLY, GRACE, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("too-early"));
        Booking b = waiting(CargoCategory.GENERAL, SLOT, NOW);
        assertThatThrownBy(() -> b.checkIn(CheckInMethod.QR, null, EARLY, GRACE, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.isConflict()).isTrue());
    }

    // --- ETA ---

    @Test
    void eta_follows_the_observed_interval_between_gate_ins_after_those_already_called() {
        List<Instant> gateIns = List.of(NOW.minusSeconds(900), NOW.minusSeconds(600), NOW.minusSeconds(300), NOW);
        Duration interval = Throughput.interval(gateIns, Duration.ofSeconds(216));
        assertThat(interval).isEqualTo(Duration.ofMinutes(5));
        assertThat(Throughput.interval(List.of(NOW), Duration.ofSeconds(216))).isEqualTo(Duration.ofSeconds(216));
        assertThat(Throughput.designInterval(2, 200)).isEqualTo(Duration.ofSeconds(216));
        assertThat(Throughput.designInterval(3, 200)).isEqualTo(Duration.ofSeconds(144));

        Booking called = cleared(waiting(CargoCategory.GENERAL, SLOT.minusSeconds(3600), NOW));
        called.callForward(1, NOW);
        Booking first = waiting(CargoCategory.GENERAL, SLOT, NOW);
        Booking second = waiting(CargoCategory.GENERAL, SLOT, NOW.plusSeconds(1));
        YardQueue queue = new YardQueue(Direction.EXPORT, List.of(first, second), List.of(called), interval, NOW);

        assertThat(queue.entries()).extracting(YardQueue.Entry::eta)
                .containsExactly(NOW.plus(Duration.ofMinutes(10)), NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void while_a_closure_is_in_force_the_queue_keeps_its_order_its_etas_count_from_the_end_and_nobody_is_called() {
        Duration interval = Duration.ofMinutes(5);
        Booking first = waiting(CargoCategory.GENERAL, SLOT, NOW);
        Booking second = waiting(CargoCategory.GENERAL, SLOT, NOW.plusSeconds(1));
        Instant end = NOW.plus(Duration.ofHours(6));
        GateClosure flood = GateClosure.declare(Set.of(Direction.EXPORT), NOW.minusSeconds(60), end, ClosureReason.FLOOD,
                "Red River over the warning level", ClosureAction.MOVE, "officer-1", NOW.minusSeconds(60));
        YardQueue closed = new YardQueue(Direction.EXPORT, List.of(second, first), List.of(), interval, NOW, flood);

        assertThat(closed.closure()).contains(flood);
        assertThat(closed.entries()).extracting(e -> e.booking().code()).containsExactly(first.code(), second.code());
        assertThat(closed.entries()).extracting(YardQueue.Entry::eta).containsExactly(end.plus(interval), end.plus(interval.multipliedBy(2)));
        assertThatThrownBy(() -> GateClosure.requireOpen(List.of(flood), Direction.EXPORT, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("gate-closed-now");
                    assertThat(e.field()).isEqualTo("direction");
                    assertThat(e.getMessage()).contains("Red River over the warning level");
                });
        // the other direction, the end of the closure and a lifted closure let vehicles through
        GateClosure.requireOpen(List.of(flood), Direction.IMPORT, NOW);
        GateClosure.requireOpen(List.of(flood), Direction.EXPORT, end);
        assertThat(new YardQueue(Direction.IMPORT, List.of(), List.of(), interval, NOW, flood).closure()).isEmpty();
        flood.reopen("officer-2", NOW);
        GateClosure.requireOpen(List.of(flood), Direction.EXPORT, NOW);
        assertThat(new YardQueue(Direction.EXPORT, List.of(first), List.of(), interval, NOW, flood).entries())
                .extracting(YardQueue.Entry::eta).containsExactly(NOW.plus(interval));
    }

    // --- call-forward, gate, release ---

    static Booking cleared(Booking b) {
        b.consignmentReady("decl-" + b.code(), false, NOW);
        b.drainEvents();
        return b;
    }

    @Test
    void a_vehicle_is_called_forward_only_when_clearance_allows_it_and_held_ones_are_skipped() {
        Booking notDeclared = waiting(CargoCategory.GENERAL, SLOT.minusSeconds(7200), NOW);
        Booking heldConsignment = waiting(CargoCategory.GENERAL, SLOT.minusSeconds(7200), NOW);
        heldConsignment.consignmentReady("d-held", false, NOW);
        heldConsignment.consignmentHeld("d-held", "PLANT_QUARANTINE", "sample taken", NOW);
        Booking heldByOfficer = cleared(waiting(CargoCategory.GENERAL, SLOT.minusSeconds(7200), NOW));
        heldByOfficer.hold("Reefer alarm", "officer-1", NOW);
        assertThat(events(heldByOfficer, VehicleHeld.class)).hasSize(1);
        Booking ready = cleared(waiting(CargoCategory.GENERAL, SLOT, NOW));
        Booking emptyNoDeclaration = waiting(CargoCategory.EMPTY, SLOT, NOW);
        Booking readyToo = cleared(waiting(CargoCategory.GENERAL, SLOT.plusSeconds(3600), NOW));

        YardQueue queue = new YardQueue(Direction.EXPORT, List.of(notDeclared, heldConsignment, heldByOfficer, ready, emptyNoDeclaration, readyToo),
                List.of(), Duration.ofMinutes(4), NOW);
        List<YardQueue.Call> calls = queue.nextToCall(2, new YardQueue.Limits(20, 20), new Lanes(2, 3));

        assertThat(calls).extracting(YardQueue.Call::booking).containsExactly(ready, readyToo);
        assertThat(calls).extracting(YardQueue.Call::lane).containsExactly(1, 2);
        assertThat(notDeclared.callForwardRefusal()).isEqualTo("clearance-pending");
        assertThat(heldConsignment.callForwardRefusal()).isEqualTo("clearance-pending");
        assertThat(heldByOfficer.callForwardRefusal()).isEqualTo("vehicle-held");
        assertThat(emptyNoDeclaration.callForwardRefusal()).isNull();
        assertThatThrownBy(() -> notDeclared.callForward(1, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("clearance-pending"));
        // the hold on the consignment is withdrawn by the next ready-for-gate
        heldConsignment.consignmentReady("d-held", false, NOW);
        assertThat(heldConsignment.callForwardRefusal()).isNull();
    }

    @Test
    void call_forward_never_fills_the_gate_area_beyond_its_capacity_and_balances_lanes() {
        List<Booking> inArea = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            Booking b = cleared(waiting(CargoCategory.GENERAL, SLOT.minusSeconds(3600), NOW));
            b.callForward(i % 2 == 0 ? 1 : 2, NOW);
            inArea.add(b);
        }
        inArea.get(0).enterGate(null, NOW);
        List<Booking> waiting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            waiting.add(cleared(waiting(CargoCategory.GENERAL, SLOT, NOW)));
        }
        YardQueue queue = new YardQueue(Direction.EXPORT, waiting, inArea, Duration.ofMinutes(4), NOW);
        List<YardQueue.Call> calls = queue.nextToCall(null, new YardQueue.Limits(20, 20), new Lanes(2, 3));
        assertThat(calls).hasSize(2);
        assertThat(calls).extracting(YardQueue.Call::lane).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void clearance_events_arriving_before_check_in_count_when_the_vehicle_arrives_and_release_waits_for_gate_in() {
        Booking b = booking(CargoCategory.PERISHABLE, SLOT, Direction.EXPORT);
        b.declarationSubmitted("decl-1", null, true, true, NOW);
        b.consignmentCleared("decl-1", NOW);
        b.consignmentReady("decl-1", true, NOW); // late, out of order: cleared is final
        assertThat(b.clearance()).isEqualTo(ClearanceState.CLEARED);
        assertThat(b.status()).isEqualTo(BookingStatus.BOOKED);

        b.checkIn(CheckInMethod.QR, null, EARLY, GRACE, NOW);
        assertThat(events(b, VehicleCheckedIn.class)).singleElement().satisfies(e -> assertThat(e.priorityClass()).isEqualTo("PERISHABLE"));
        b.callForward(2, NOW);
        assertThat(events(b, VehicleCalledForward.class)).singleElement().satisfies(e -> assertThat(e.lane()).isEqualTo(2));
        assertThatThrownBy(() -> b.exit(NOW)).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("not-released"));
        b.enterGate(null, NOW.plusSeconds(60));

        assertThat(b.status()).isEqualTo(BookingStatus.RELEASED);
        List<GateEvent> events = b.drainEvents();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(VehicleEnteredGate.class);
        assertThat(events.get(1)).isInstanceOfSatisfying(VehicleReleased.class, e -> assertThat(e.declarationId()).isEqualTo("decl-1"));
        b.exit(NOW.plusSeconds(600));
        assertThat(events(b, VehicleExited.class)).singleElement().satisfies(e -> assertThat(e.lane()).isEqualTo(2));
    }

    @Test
    void a_vehicle_with_two_consignments_is_released_when_both_are_cleared_and_never_when_one_is_rejected() {
        Booking b = cleared(waiting(CargoCategory.GENERAL, SLOT, NOW));
        b.consignmentReady("decl-2", false, NOW);
        b.callForward(1, NOW);
        b.enterGate(null, NOW);
        b.consignmentCleared("decl-" + b.code(), NOW);
        assertThat(b.status()).isEqualTo(BookingStatus.IN_GATE);
        b.consignmentRejected("decl-2", "CUSTOMS", "prohibited goods", NOW);
        b.consignmentCleared("decl-2", NOW);
        assertThat(b.clearance()).isEqualTo(ClearanceState.REJECTED);
        assertThat(b.status()).isEqualTo(BookingStatus.IN_GATE);
        // a rejected vehicle is taken out of the gate by an officer
        b.cancel(CancelReason.OFFICER, "turned back", NOW);
        assertThat(b.status()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void an_empty_vehicle_with_nothing_declared_leaves_without_release() {
        Booking b = waiting(CargoCategory.EMPTY, SLOT, NOW);
        assertThat(b.priorityClass()).isEqualTo(PriorityClass.EMPTY);
        b.callForward(1, NOW);
        b.enterGate(null, NOW);
        b.exit(NOW);
        assertThat(b.status()).isEqualTo(BookingStatus.EXITED);
        assertThat(b.yard().releasedAt()).isNull();
    }

    @Test
    void an_officer_moves_a_vehicle_to_a_position_and_later_priorities_keep_it_there() {
        Booking a = waiting(CargoCategory.GENERAL, SLOT.minusSeconds(3600), NOW);
        Booking b = waiting(CargoCategory.GENERAL, SLOT, NOW);
        Booking c = waiting(CargoCategory.GENERAL, SLOT.plusSeconds(3600), NOW);
        YardQueue queue = new YardQueue(Direction.EXPORT, List.of(a, b, c), List.of(), Duration.ofMinutes(4), NOW);

        c.reorder(queue.keyForPosition(c.code(), 1), 1, "Driver taken ill", "officer-1", NOW);
        assertThat(events(c, VehicleReordered.class)).singleElement().satisfies(e -> {
            assertThat(e.officer()).isEqualTo("officer-1");
            assertThat(e.position()).isEqualTo(1);
        });
        queue = new YardQueue(Direction.EXPORT, List.of(a, b, c), List.of(), Duration.ofMinutes(4), NOW);
        assertThat(queue.entries()).extracting(YardQueue.Entry::booking).containsExactly(c, a, b);

        a.reorder(queue.keyForPosition(a.code(), 3), 3, "Paperwork missing", "officer-1", NOW);
        queue = new YardQueue(Direction.EXPORT, List.of(a, b, c), List.of(), Duration.ofMinutes(4), NOW);
        assertThat(queue.entries()).extracting(YardQueue.Entry::booking).containsExactly(c, b, a);

        b.reorder(queue.keyForPosition(b.code(), 2), 2, "between", "officer-1", NOW);
        c.declarationSubmitted("d", null, true, true, NOW);
        assertThat(events(c, VehicleReordered.class)).isEmpty();
        queue = new YardQueue(Direction.EXPORT, List.of(a, b, c), List.of(), Duration.ofMinutes(4), NOW);
        assertThat(queue.entries()).extracting(YardQueue.Entry::booking).containsExactly(c, b, a);
    }

    // --- amendments, cancellation, closures ---

    @Test
    void amendments_keep_the_history_and_never_change_the_vehicle() {
        Booking b = booking(CargoCategory.GENERAL, SLOT.plusSeconds(7200), Direction.EXPORT);
        b.drainEvents();
        b.amend(new Driver("Hoàng Văn Bình", "VN", "C7654321", "0912999888"), null, "Driver changed", "driver-x", NOW);
        b.amend(null, ArrivalWindow.startingAt(SLOT.plusSeconds(4 * 3600)), "Late loading", "driver-x", NOW.plusSeconds(60));

        assertThat(b.amendments()).extracting(BookingAmendment::revision).containsExactly(2, 3);
        assertThat(b.amendments().get(0).driverName()).isEqualTo("Hoàng Văn Bình");
        assertThat(b.amendments().get(0).arrivalWindowStart()).isEqualTo(SLOT.plusSeconds(7200));
        assertThat(b.window().start()).isEqualTo(SLOT.plusSeconds(4 * 3600));
        assertThat(events(b, BookingAmended.class)).extracting(BookingAmended::revision).containsExactly(2, 3);
        b.checkIn(CheckInMethod.PLATE, null, EARLY, GRACE, NOW);
        assertThatThrownBy(() -> b.amend(null, ArrivalWindow.startingAt(SLOT), "again", "driver-x", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("booking-not-amendable"));
    }

    @Test
    void a_closure_covers_its_directions_and_hours_until_it_is_lifted() {
        GateClosure flood = GateClosure.declare(Set.of(Direction.EXPORT), SLOT.plusSeconds(1800), SLOT.plusSeconds(3 * 3600),
                ClosureReason.FLOOD, "Red River over the warning level", ClosureAction.MOVE, "officer-1", NOW);
        assertThat(flood.covers(Direction.EXPORT, SLOT)).isTrue();
        assertThat(flood.covers(Direction.EXPORT, SLOT.plusSeconds(2 * 3600))).isTrue();
        assertThat(flood.covers(Direction.EXPORT, SLOT.plusSeconds(3 * 3600))).isFalse();
        assertThat(flood.covers(Direction.EXPORT, SLOT.minusSeconds(3600))).isFalse();
        assertThat(flood.covers(Direction.IMPORT, SLOT)).isFalse();
        flood.applied(4, 1);
        assertThat(flood.drainEvents()).singleElement().isInstanceOfSatisfying(GateClosed.class, e -> {
            assertThat(e.bookingsMoved()).isEqualTo(4);
            assertThat(e.reason()).isEqualTo("FLOOD");
        });
        flood.reopen("officer-2", NOW);
        assertThat(flood.covers(Direction.EXPORT, SLOT)).isFalse();
        assertThatThrownBy(() -> flood.reopen("officer-2", NOW)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> GateClosure.declare(Set.of(Direction.IMPORT), SLOT, SLOT, ClosureReason.HOLIDAY, null,
                ClosureAction.CANCEL, "officer-1", NOW)).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("closedUntil"));
    }

    @Test
    void a_closure_moves_a_booking_and_tells_the_driver_or_cancels_it() {
        Booking moved = booking(CargoCategory.GENERAL, SLOT.plusSeconds(3600), Direction.EXPORT);
        moved.drainEvents();
        GateClosure flood = GateClosure.declare(Set.of(Direction.EXPORT), SLOT, SLOT.plusSeconds(4 * 3600),
                ClosureReason.FLOOD, "Red River over the warning level", ClosureAction.MOVE, "officer-1", NOW);
        moved.hitByClosure(ArrivalWindow.startingAt(SLOT.plusSeconds(5 * 3600)), flood, NOW);
        assertThat(moved.window().start()).isEqualTo(SLOT.plusSeconds(5 * 3600));
        assertThat(moved.driverNotice().key()).isEqualTo("notice.moved");
        assertThat(moved.driverNotice().parameters()).containsEntry("reason", "FLOOD")
                .containsEntry("slot", SLOT.plusSeconds(5 * 3600).toString()).containsEntry("remarks", "Red River over the warning level");
        assertThat(PlatformTexts.render(Language.EN, moved.driverNotice())).startsWith("Gate closure (flood, Red River over the warning level, ")
                .endsWith("moved to the slot of " + PlatformTexts.catalogue().time(Language.EN, SLOT.plusSeconds(5 * 3600)))
                .contains("(Vietnam time, UTC+7)");
        assertThat(PlatformTexts.render(Language.ZH, moved.driverNotice())).startsWith("口岸关闭（洪水，Red River over the warning level，")
                .contains("越南时间");
        assertThat(events(moved, BookingAmended.class)).singleElement().satisfies(e -> assertThat(e.reason()).contains("FLOOD"));

        Booking cancelled = booking(CargoCategory.GENERAL, SLOT.plusSeconds(3600), Direction.EXPORT);
        cancelled.drainEvents();
        GateClosure holiday = GateClosure.declare(Set.of(Direction.EXPORT), SLOT, SLOT.plusSeconds(4 * 3600),
                ClosureReason.HOLIDAY, null, ClosureAction.CANCEL, "officer-1", NOW);
        cancelled.hitByClosure(null, holiday, NOW);
        assertThat(events(cancelled, BookingCancelled.class)).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo("GATE_CLOSURE");
            assertThat(e.remarks()).contains("HOLIDAY");
        });
        assertThat(cancelled.driverNotice().key()).isEqualTo("notice.cancelled-closure");
        assertThat(PlatformTexts.render(Language.VI, cancelled.driverNotice())).startsWith("Đã huỷ: đóng cửa khẩu (ngày lễ, từ ")
                .contains("giờ Việt Nam");
    }

    @Test
    void the_slot_calendar_takes_the_lanes_design_capacity_unless_a_day_is_configured() {
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        LocalDate day = LocalDate.of(2026, 6, 15);
        List<Integer> season = new ArrayList<>(Collections.nCopies(24, 0));
        season.set(8, 40);
        SlotCalendar calendar = new SlotCalendar(zone, new Lanes(2, 3), 200,
                Map.of(new SlotCalendar.DayKey(day, Direction.EXPORT), season));
        Instant eightLocal = day.atTime(8, 0).atZone(zone).toInstant();
        assertThat(calendar.defaultHourly(Direction.EXPORT)).isEqualTo(17);
        assertThat(calendar.defaultHourly(Direction.IMPORT)).isEqualTo(25);
        assertThat(calendar.capacity(Direction.EXPORT, eightLocal)).isEqualTo(40);
        assertThat(calendar.capacity(Direction.EXPORT, eightLocal.plusSeconds(3600))).isZero();
        assertThat(calendar.capacity(Direction.IMPORT, eightLocal)).isEqualTo(25);
    }

    // --- no-shows ---

    @Test
    void a_no_show_is_recorded_once_after_the_grace_window_and_cancelled_later() {
        Booking b = booking(CargoCategory.GENERAL, SLOT, Direction.EXPORT);
        b.drainEvents();
        Instant graceEnds = SLOT.plus(ArrivalWindow.LENGTH).plus(GRACE);
        assertThat(b.markNoShow(GRACE, Duration.ofHours(12), graceEnds)).isFalse();
        assertThat(b.markNoShow(GRACE, Duration.ofHours(12), graceEnds.plusSeconds(1))).isTrue();
        assertThat(b.driverNotice().key()).isEqualTo("notice.no-show");
        assertThat(PlatformTexts.render(Language.EN, b.driverNotice())).contains("re-queued")
                .contains(PlatformTexts.catalogue().time(Language.EN, graceEnds));
        assertThat(b.isDueForNoShowCancellation(Duration.ofHours(12), graceEnds.plusSeconds(1))).isFalse();
        Instant cancelAt = SLOT.plus(ArrivalWindow.LENGTH).plus(Duration.ofHours(12));
        assertThat(b.isDueForNoShowCancellation(Duration.ofHours(12), cancelAt)).isTrue();
        b.cancel(CancelReason.NO_SHOW, "did not arrive", cancelAt);
        assertThat(b.drainEvents()).hasSize(2);
        assertThat(b.isDueForNoShowCancellation(Duration.ofHours(12), cancelAt)).isFalse();
    }

    // --- limits ---

    @Test
    void limits_refuse_too_many_open_bookings_and_bookings_too_close_for_the_same_vehicle_or_driver() {
        BookingAdmission limits = new BookingAdmission(null, null, null, ZoneId.of("Asia/Ho_Chi_Minh"), new Lanes(2, 3), 200,
                new BookingLimits(5, 2, Duration.ofHours(4)));
        Booking existing = booking(CargoCategory.GENERAL, SLOT, Direction.EXPORT);
        Plate plate = existing.plate();
        Plate other = Plate.parse("24C99999").orElseThrow();
        String document = existing.driver().documentNumber();

        String owner = existing.ownerAccount();
        assertThatThrownBy(() -> limits.checkLimits(owner, SLOT.plusSeconds(86_400), 5, List.of(), other))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("too-many-open-bookings"));
        assertThatThrownBy(() -> limits.checkLimits(owner, SLOT.plusSeconds(3 * 3600), 0, List.of(existing), plate))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("overlapping-booking");
                    assertThat(e.field()).isEqualTo("plannedArrival");
                    assertThat(e.isConflict()).isTrue();
                    assertThat(e.getMessage()).contains("vehicle " + plate.display()).doesNotContain(existing.code());
                });
        // the same driver (by document) on another vehicle of another account: refused without naming the booking or the document
        assertThatThrownBy(() -> limits.checkLimits("someone-else", SLOT.minusSeconds(3600), 0, List.of(existing), other))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.getMessage()).contains("the driver already holds a booking")
                        .doesNotContain(document).doesNotContain(existing.code()).doesNotContain(existing.driver().name()));
        limits.checkLimits(owner, SLOT.plusSeconds(4 * 3600), 1, List.of(existing), plate);
        Booking second = booking(CargoCategory.GENERAL, SLOT.plusSeconds(86_400), Direction.EXPORT);
        Booking sameVehicle = Booking.book("KT2-ZZZZZZ", owner, new Vehicle(plate, null, null, null),
                second.driver(), Direction.EXPORT, CargoCategory.GENERAL, BookingAdmission.windowFor(SLOT.plusSeconds(86_400), NOW), NOW);
        assertThatThrownBy(() -> limits.checkLimits(owner, SLOT.plusSeconds(3 * 86_400), 0, List.of(existing, sameVehicle), plate))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("too-many-open-bookings-for-vehicle"));
        // another account, far from the other bookings: the vehicle is bound to its first account
        assertThatThrownBy(() -> limits.checkLimits("stranger", SLOT.plusSeconds(3 * 86_400), 0, List.of(existing), plate))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("vehicle-bound");
                    assertThat(e.field()).isEqualTo("plate");
                    assertThat(e.isConflict()).isTrue();
                    assertThat(e.getMessage()).contains("bound to another account").doesNotContain(owner).doesNotContain(existing.code());
                });
    }
}
