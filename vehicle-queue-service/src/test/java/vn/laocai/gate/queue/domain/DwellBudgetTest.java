package vn.laocai.gate.queue.domain;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.PerishableDwellAlert;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.laocai.gate.queue.domain.YardRulesTest.EARLY;
import static vn.laocai.gate.queue.domain.YardRulesTest.GRACE;
import static vn.laocai.gate.queue.domain.YardRulesTest.NOW;
import static vn.laocai.gate.queue.domain.YardRulesTest.SLOT;
import static vn.laocai.gate.queue.domain.YardRulesTest.booking;
import static vn.laocai.gate.queue.domain.YardRulesTest.events;

/** The dwell budget of perishable cargo: the class of the goods, the strictest of several, near and past, told once each. */
class DwellBudgetTest {

    static final DwellBudgets BUDGETS = DwellBudgets.of("test", 0.75, "PERISHABLE_OTHER", List.of(
            cargo("LYCHEE_LONGAN", "PT24H", "0810.90.10", "0810.90.20"),
            cargo("DURIAN", "PT48H", "0810.60"),
            cargo("TROPICAL_FRUIT", "PT48H", "0810", "0804.50"),
            cargo("OTHER_FRUIT", "PT72H", "08"),
            cargo("PERISHABLE_OTHER", "PT36H")));

    static DwellBudgets.CargoClass cargo(String id, String maxDwell, String... prefixes) {
        return new DwellBudgets.CargoClass(id, Arrays.asList(prefixes), Duration.parse(maxDwell), Map.of("en", id), "because");
    }

    @Test
    void a_goods_line_takes_the_class_of_its_longest_matching_hs_prefix_dots_ignored() {
        assertThat(BUDGETS.classOf("0810.60.00")).get().extracting(DwellBudgets.CargoClass::id).isEqualTo("DURIAN");
        assertThat(BUDGETS.classOf("08106000")).get().extracting(DwellBudgets.CargoClass::id).isEqualTo("DURIAN");
        assertThat(BUDGETS.classOf("0810.90.20")).get().extracting(DwellBudgets.CargoClass::id).isEqualTo("LYCHEE_LONGAN");
        assertThat(BUDGETS.classOf("0810.90.40")).get().extracting(DwellBudgets.CargoClass::id).isEqualTo("TROPICAL_FRUIT");
        assertThat(BUDGETS.classOf("0805.10.00")).get().extracting(DwellBudgets.CargoClass::id).isEqualTo("OTHER_FRUIT");
        assertThat(BUDGETS.classOf("8517.13.00")).isEmpty();
    }

    @Test
    void a_consignment_of_several_classes_keeps_the_shortest_budget_and_an_unnamed_perishable_the_default() {
        assertThat(BUDGETS.classOfConsignment(List.of("0805.10.00", "0810.60.00", "0810.90.20"), true)).isEqualTo("LYCHEE_LONGAN");
        assertThat(BUDGETS.classOfConsignment(List.of("0302.11.00"), true)).isEqualTo("PERISHABLE_OTHER");
        assertThat(BUDGETS.classOfConsignment(List.of("0810.60.00"), false)).as("not perishable by clearance's decision").isNull();
    }

    @Test
    void a_file_without_its_default_class_or_with_a_class_twice_or_a_share_out_of_range_is_refused() {
        assertThatThrownBy(() -> DwellBudgets.of("bad", 0.75, "NONE", List.of(cargo("DURIAN", "PT48H", "0810.60"))))
                .hasMessageContaining("default class NONE");
        assertThatThrownBy(() -> DwellBudgets.of("bad", 0.75, "DURIAN", List.of(cargo("DURIAN", "PT48H"), cargo("DURIAN", "PT24H"))))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> DwellBudgets.of("bad", 1.0, "DURIAN", List.of(cargo("DURIAN", "PT48H")))).hasMessageContaining("nearShare");
        assertThatThrownBy(() -> cargo("DURIAN", "PT0S")).hasMessageContaining("positive");
    }

    @Test
    void a_durian_truck_is_near_its_budget_at_three_quarters_and_past_it_at_the_whole_each_told_once() {
        Booking durian = booking(CargoCategory.PERISHABLE, SLOT, Direction.EXPORT);
        durian.declarationSubmitted("decl-durian", null, true, true, "DURIAN", NOW);
        assertThat(durian.dwell(BUDGETS, NOW)).as("not checked in yet").isEmpty();
        durian.checkIn(CheckInMethod.PLATE, null, EARLY, GRACE, NOW);
        durian.drainEvents();

        assertThat(durian.watchDwell(BUDGETS, NOW.plus(Duration.ofHours(35)))).isFalse();
        assertThat(durian.dwell(BUDGETS, NOW.plus(Duration.ofHours(35)))).get()
                .satisfies(s -> assertThat(s.level()).isEqualTo(DwellLevel.WITHIN));

        assertThat(durian.watchDwell(BUDGETS, NOW.plus(Duration.ofHours(36)))).as("36 h is 75 % of 48 h").isTrue();
        assertThat(events(durian, PerishableDwellAlert.class)).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo("NEAR");
            assertThat(e.cargoClass()).isEqualTo("DURIAN");
            assertThat(e.maxDwellMinutes()).isEqualTo(48 * 60);
            assertThat(e.waitedMinutes()).isEqualTo(36 * 60);
            assertThat(e.checkedInAt()).isEqualTo(NOW);
            assertThat(e.budgetEndsAt()).isEqualTo(NOW.plus(Duration.ofHours(48)));
            assertThat(e.status()).isEqualTo("WAITING");
        });
        assertThat(durian.watchDwell(BUDGETS, NOW.plus(Duration.ofHours(40)))).as("near was told already").isFalse();
        assertThat(durian.drainEvents()).isEmpty();

        assertThat(durian.watchDwell(BUDGETS, NOW.plus(Duration.ofHours(48)))).isTrue();
        assertThat(events(durian, PerishableDwellAlert.class)).singleElement().satisfies(e -> assertThat(e.level()).isEqualTo("PAST"));
        assertThat(durian.watchDwell(BUDGETS, NOW.plus(Duration.ofHours(60)))).isFalse();
        assertThat(durian.yard().dwellAlert()).isEqualTo(DwellLevel.PAST);
    }

    @Test
    void a_watch_that_finds_a_vehicle_already_past_tells_past_alone_and_none_after_it_left() {
        Booking late = booking(CargoCategory.PERISHABLE, SLOT, Direction.EXPORT);
        late.declarationSubmitted("decl-lychee", null, true, true, "LYCHEE_LONGAN", NOW);
        late.checkIn(CheckInMethod.PLATE, null, EARLY, GRACE, NOW);
        late.drainEvents();
        assertThat(late.watchDwell(BUDGETS, NOW.plus(Duration.ofHours(30)))).isTrue();
        assertThat(events(late, PerishableDwellAlert.class)).extracting(PerishableDwellAlert::level).containsExactly("PAST");

        Booking gone = booking(CargoCategory.PERISHABLE, SLOT, Direction.EXPORT);
        gone.declarationSubmitted("decl-gone", null, true, true, "DURIAN", NOW);
        gone.checkIn(CheckInMethod.PLATE, null, EARLY, GRACE, NOW);
        gone.cancel(CancelReason.OFFICER, "turned back", NOW.plusSeconds(60));
        assertThat(gone.dwell(BUDGETS, NOW.plus(Duration.ofHours(50)))).isEmpty();
        assertThat(gone.watchDwell(BUDGETS, NOW.plus(Duration.ofHours(50)))).isFalse();
    }

    @Test
    void the_shortest_budget_of_the_consignments_counts_and_a_perishable_as_booked_without_declaration_takes_the_default() {
        Booking mixed = booking(CargoCategory.PERISHABLE, SLOT, Direction.EXPORT);
        mixed.declarationSubmitted("decl-a", null, true, true, "OTHER_FRUIT", NOW);
        mixed.declarationSubmitted("decl-b", null, true, true, "LYCHEE_LONGAN", NOW);
        mixed.checkIn(CheckInMethod.PLATE, null, EARLY, GRACE, NOW);
        assertThat(mixed.dwell(BUDGETS, NOW)).get().satisfies(s -> assertThat(s.cargoClass().id()).isEqualTo("LYCHEE_LONGAN"));

        Booking asBooked = booking(CargoCategory.PERISHABLE, SLOT, Direction.EXPORT);
        asBooked.checkIn(CheckInMethod.PLATE, null, EARLY, GRACE, NOW);
        assertThat(asBooked.dwell(BUDGETS, NOW)).get().satisfies(s -> assertThat(s.cargoClass().id()).isEqualTo("PERISHABLE_OTHER"));

        Booking general = booking(CargoCategory.GENERAL, SLOT, Direction.EXPORT);
        general.checkIn(CheckInMethod.PLATE, null, EARLY, GRACE, NOW);
        assertThat(general.dwell(BUDGETS, NOW.plus(Duration.ofDays(5)))).as("nothing perishable").isEmpty();

        Booking unknownClass = booking(CargoCategory.GENERAL, SLOT, Direction.EXPORT);
        unknownClass.declarationSubmitted("decl-old", null, true, true, "A_CLASS_SINCE_REMOVED", NOW);
        unknownClass.checkIn(CheckInMethod.PLATE, null, EARLY, GRACE, NOW);
        assertThat(unknownClass.dwell(BUDGETS, NOW)).get().satisfies(s -> assertThat(s.cargoClass().id()).isEqualTo("PERISHABLE_OTHER"));
    }
}
