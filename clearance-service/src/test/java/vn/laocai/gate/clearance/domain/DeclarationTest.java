package vn.laocai.gate.clearance.domain;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.ConsignmentCleared;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.support.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeclarationTest {

    static final Instant T0 = Instant.parse("2026-06-15T01:00:00Z");

    static GoodsItem durian(int line) {
        return new GoodsItem(line, "0810.60.00", "Fresh durian", new BigDecimal("18000"), "kgm",
                new BigDecimal("18000"), new BigDecimal("19500"), new BigDecimal("54000"), "USD", "VN");
    }

    static Declaration submitted(List<GoodsItem> lines) {
        return Declaration.submit(UUID.randomUUID(), "trader-lan", new Declarant("5300123456", "Nong san Lao Cai"),
                "Hekou Fruit", "305123456789", "EXPORT", "CN", List.of("KT2-7XK4P9"), lines, T0);
    }

    @Test
    void submission_records_the_event_and_the_first_step() {
        Declaration d = submitted(List.of(durian(1)));

        assertThat(d.status()).isEqualTo(DeclarationStatus.SUBMITTED);
        assertThat(d.goodsLines().get(0).hsCode()).isEqualTo("08106000");
        assertThat(d.goodsLines().get(0).hsChapter()).isEqualTo("08");
        assertThat(d.goodsLines().get(0).unit()).isEqualTo("KGM");
        assertThat(d.timeline()).extracting(TimelineEntry::step).containsExactly("DECLARATION_SUBMITTED");
        assertThat(d.drainEvents()).singleElement().isInstanceOfSatisfying(DeclarationSubmitted.class, e -> {
            assertThat(e.version()).isEqualTo(1);
            assertThat(e.bookingCodes()).containsExactly("KT2-7XK4P9");
            assertThat(e.goodsLines()).singleElement().satisfies(g -> assertThat(g.hsCode()).isEqualTo("08106000"));
        });
    }

    @Test
    void at_most_fifty_goods_lines() {
        List<GoodsItem> fifty = java.util.stream.IntStream.rangeClosed(1, 50).mapToObj(DeclarationTest::durian).toList();
        assertThat(submitted(fifty).goodsLines()).hasSize(50);

        List<GoodsItem> fiftyOne = java.util.stream.IntStream.rangeClosed(1, 51).mapToObj(DeclarationTest::durian).toList();
        assertThatThrownBy(() -> submitted(fiftyOne))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("goodsLines"));
        assertThatThrownBy(() -> submitted(Collections.emptyList())).isInstanceOf(RuleViolation.class);
    }

    @Test
    void gross_weight_below_net_weight_is_refused_naming_the_line() {
        GoodsItem wrong = new GoodsItem(1, "08106000", "Fresh durian", BigDecimal.TEN, "KGM",
                new BigDecimal("100"), new BigDecimal("99"), BigDecimal.ONE, "USD", "VN");
        assertThatThrownBy(() -> submitted(List.of(durian(1), wrong)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("goodsLines[1].grossWeightKg"));
    }

    @Test
    void channel_then_release_clears_the_consignment_once() {
        Declaration d = submitted(List.of(durian(1)));
        d.drainEvents();

        d.customsChannelAssigned(1, "YELLOW", "VNACCS-1", T0.plusSeconds(5));
        assertThat(d.status()).isEqualTo(DeclarationStatus.IN_CUSTOMS);
        assertThat(d.customsChannel()).isEqualTo("YELLOW");
        assertThat(d.drainEvents()).isEmpty();

        d.customsReleased(1, "VNACCS-1", T0.plusSeconds(600));
        d.customsReleased(1, "VNACCS-1", T0.plusSeconds(601));

        assertThat(d.status()).isEqualTo(DeclarationStatus.CLEARED);
        assertThat(d.clearedAt()).isEqualTo(T0.plusSeconds(600));
        assertThat(d.drainEvents()).singleElement().isInstanceOfSatisfying(ConsignmentCleared.class,
                e -> assertThat(e.bookingCodes()).containsExactly("KT2-7XK4P9"));
        assertThat(d.timeline()).extracting(TimelineEntry::step).containsExactly(
                "DECLARATION_SUBMITTED", "CUSTOMS_CHANNEL_ASSIGNED", "CUSTOMS_RELEASED", "CLEARED");
    }

    @Test
    void a_channel_arriving_after_the_release_changes_nothing() {
        Declaration d = submitted(List.of(durian(1)));
        d.customsReleased(1, "VNACCS-1", T0.plusSeconds(60));
        d.customsChannelAssigned(1, "GREEN", "VNACCS-1", T0.plusSeconds(5));

        assertThat(d.status()).isEqualTo(DeclarationStatus.CLEARED);
        assertThat(d.customsChannel()).isNull();
    }

    @Test
    void answers_for_another_version_are_ignored() {
        Declaration d = submitted(List.of(durian(1)));
        d.drainEvents();
        d.customsChannelAssigned(2, "RED", "VNACCS-9", T0);
        d.customsReleased(2, "VNACCS-9", T0);

        assertThat(d.status()).isEqualTo(DeclarationStatus.SUBMITTED);
        assertThat(d.drainEvents()).isEmpty();
    }

    @Test
    void a_vehicle_release_is_recorded_once_and_only_for_its_own_bookings() {
        Declaration d = submitted(List.of(durian(1)));
        d.vehicleReleased("KT2-7XK4P9", T0);
        d.vehicleReleased("KT2-7XK4P9", T0);
        d.vehicleReleased("KT2-OTHER1", T0);

        assertThat(d.timeline()).extracting(TimelineEntry::step).containsExactly("DECLARATION_SUBMITTED", "VEHICLE_RELEASED");
    }
}
