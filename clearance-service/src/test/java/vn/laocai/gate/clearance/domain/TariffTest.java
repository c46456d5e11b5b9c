package vn.laocai.gate.clearance.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The tariff as shipped (the data file), on the figures of Lang Son's Resolution 09/2025. */
class TariffTest {

    static final Tariff TARIFF = CaseMother.POLICY.tariff();

    static long fee(String direction, CustomsProcedure procedure, boolean inland, Set<String> chapters, Trip... trips) {
        return TARIFF.assess(new Tariff.Consignment(Direction.valueOf(direction), procedure, inland, chapters, List.of(trips))).totalVnd();
    }

    @Test
    void a_truck_under_two_tonnes_of_fresh_vegetables_for_export_pays_100_000() {
        assertThat(fee("EXPORT", CustomsProcedure.STANDARD, false, Set.of("07"), new Trip("KT2-AAAAAA", "TRUCK", "UNDER_2T")))
                .isEqualTo(100_000);
    }

    @Test
    void a_40_ft_tractor_of_temporary_import_re_export_goods_pays_4_000_000() {
        assertThat(fee("IMPORT", CustomsProcedure.TEMPORARY_IMPORT_REEXPORT, false, Set.of("08"),
                new Trip("KT2-AAAAAA", "TRACTOR_SEMI_TRAILER", "OVER_10T"))).isEqualTo(4_000_000);
    }

    @Test
    void the_most_specific_rate_wins_and_an_unknown_vehicle_pays_the_general_row() {
        assertThat(fee("EXPORT", CustomsProcedure.STANDARD, false, Set.of("08"), new Trip("KT2-AAAAAA", "TRUCK", "OVER_10T")))
                .isEqualTo(500_000);
        assertThat(fee("EXPORT", CustomsProcedure.STANDARD, false, Set.of("08"), new Trip("KT2-AAAAAA", null, null)))
                .isEqualTo(500_000);
        assertThat(fee("EXPORT", CustomsProcedure.STANDARD, false, Set.of("08"), new Trip("KT2-AAAAAA", "TRACTOR_SEMI_TRAILER", "OVER_10T")))
                .isEqualTo(1_000_000);
    }

    @Test
    void heavier_trucks_pay_more_and_a_container_truck_pays_the_40_ft_rate() {
        assertThat(fee("EXPORT", CustomsProcedure.STANDARD, false, Set.of("08"), new Trip("KT2-AAAAAA", "REEFER_TRUCK", "T2_TO_10T")))
                .isEqualTo(250_000);
        assertThat(fee("EXPORT", CustomsProcedure.STANDARD, false, Set.of("84"), new Trip("KT2-AAAAAA", "CONTAINER_TRUCK", "OVER_10T")))
                .isEqualTo(2_000_000);
    }

    @Test
    void ore_pays_five_times_the_general_rate() {
        assertThat(fee("EXPORT", CustomsProcedure.STANDARD, false, Set.of("26"), new Trip("KT2-AAAAAA", "TRUCK", "OVER_10T")))
                .isEqualTo(5_000_000);
    }

    @Test
    void an_import_delivered_inland_pays_130_percent() {
        assertThat(fee("IMPORT", CustomsProcedure.STANDARD, true, Set.of("84"), new Trip("KT2-AAAAAA", "TRUCK", "T2_TO_10T")))
                .isEqualTo(650_000);
        assertThat(fee("IMPORT", CustomsProcedure.STANDARD, false, Set.of("84"), new Trip("KT2-AAAAAA", "TRUCK", "T2_TO_10T")))
                .isEqualTo(500_000);
    }

    @Test
    void transshipment_only_pays_30_percent() {
        assertThat(fee("IMPORT", CustomsProcedure.TRANSSHIPMENT, false, Set.of("84"), new Trip("KT2-AAAAAA", "TRUCK", "OVER_10T")))
                .isEqualTo(300_000);
    }

    @Test
    void fruit_imported_is_not_the_fresh_produce_export_rate() {
        assertThat(fee("IMPORT", CustomsProcedure.STANDARD, false, Set.of("08"), new Trip("KT2-AAAAAA", "TRUCK", "OVER_10T")))
                .isEqualTo(1_000_000);
    }

    @Test
    void every_trip_of_a_consignment_pays_and_the_breakdown_names_them() {
        FeeAssessment a = TARIFF.assess(new Tariff.Consignment(Direction.EXPORT, CustomsProcedure.STANDARD, false, Set.of("08"),
                List.of(new Trip("KT2-AAAAAA", "TRUCK", "OVER_10T"), new Trip("KT2-BBBBBB", "TRUCK", "UNDER_2T"))));
        assertThat(a.totalVnd()).isEqualTo(600_000);
        assertThat(a.tariffVersion()).isEqualTo("LS-09-2025");
        assertThat(a.breakdown()).contains("KT2-AAAAAA: FRESH_PRODUCE, TRUCK OVER_10T 500000 VND").contains("KT2-BBBBBB");
    }
}
