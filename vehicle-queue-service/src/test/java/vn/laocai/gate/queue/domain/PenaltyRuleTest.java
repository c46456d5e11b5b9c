package vn.laocai.gate.queue.domain;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.support.domain.InvalidValueException;
import vn.laocai.gate.support.domain.RuleViolation;
import vn.laocai.gate.support.i18n.Language;
import vn.laocai.gate.support.i18n.PlatformTexts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fair penalties: eCherha's rule (2 no-shows or 2 late cancellations in 30 days block for 14 days) and its lifting. */
class PenaltyRuleTest {

    static final Instant NOW = Instant.parse("2026-06-15T01:10:00Z");
    static final String ACCOUNT = "account:driver-an";
    final PenaltyRule rule = new PenaltyRule(Duration.ofDays(30), 2, 2, Duration.ofHours(2), Duration.ofDays(14));
    final List<Strike> strikes = new ArrayList<>();
    final List<BookingBlock> blocks = new ArrayList<>();

    Strike strike(StrikeKind kind, Duration ago) {
        Strike s = new Strike(ACCOUNT, kind, "KT2-" + strikes.size() + "AAAAA", NOW.minus(ago));
        strikes.add(s);
        return s;
    }

    Optional<BookingBlock> block(Instant at) {
        return rule.blockFor(ACCOUNT, StrikeKind.NO_SHOW, strikes, blocks, at);
    }

    @Test
    void the_second_no_show_within_thirty_days_blocks_for_fourteen_days_the_first_does_not() {
        strike(StrikeKind.NO_SHOW, Duration.ofDays(10));
        assertThat(block(NOW)).isEmpty();

        strike(StrikeKind.NO_SHOW, Duration.ZERO);
        BookingBlock block = block(NOW).orElseThrow();

        assertThat(block.subject()).isEqualTo(ACCOUNT);
        assertThat(block.cause()).isEqualTo(StrikeKind.NO_SHOW);
        assertThat(block.strikes()).isEqualTo(2);
        assertThat(block.blockedUntil()).isEqualTo(NOW.plus(Duration.ofDays(14)));
        assertThat(block.isActive(NOW.plus(Duration.ofDays(13)))).isTrue();
        assertThat(block.isActive(NOW.plus(Duration.ofDays(14)))).isFalse();
    }

    @Test
    void a_no_show_older_than_the_window_and_strikes_of_another_kind_or_subject_do_not_count() {
        strike(StrikeKind.NO_SHOW, Duration.ofDays(31));
        strike(StrikeKind.LATE_CANCELLATION, Duration.ofDays(1));
        strikes.add(new Strike("plate:24C12345", StrikeKind.NO_SHOW, "KT2-PLATE1", NOW));
        strike(StrikeKind.NO_SHOW, Duration.ZERO);

        assertThat(block(NOW)).isEmpty();
        assertThat(rule.blockFor(ACCOUNT, StrikeKind.LATE_CANCELLATION, strikes, blocks, NOW)).isEmpty();
        strike(StrikeKind.LATE_CANCELLATION, Duration.ZERO);
        assertThat(rule.blockFor(ACCOUNT, StrikeKind.LATE_CANCELLATION, strikes, blocks, NOW)).get()
                .extracting(BookingBlock::cause).isEqualTo(StrikeKind.LATE_CANCELLATION);
    }

    @Test
    void a_cancellation_counts_late_within_the_configured_time_before_the_slot() {
        Instant slot = Instant.parse("2026-06-15T05:00:00Z");
        assertThat(rule.isLate(slot, slot.minus(Duration.ofHours(3)))).isFalse();
        assertThat(rule.isLate(slot, slot.minus(Duration.ofMinutes(119)))).isTrue();
        assertThat(rule.isLate(slot, slot.plusSeconds(600))).isTrue();
    }

    @Test
    void a_block_lifted_with_a_reason_lets_the_subject_book_and_what_led_to_it_counts_no_more() {
        strike(StrikeKind.NO_SHOW, Duration.ofDays(3));
        strike(StrikeKind.NO_SHOW, Duration.ofDays(1));
        BookingBlock block = rule.blockFor(ACCOUNT, StrikeKind.NO_SHOW, strikes, blocks, NOW.minus(Duration.ofDays(1))).orElseThrow();
        blocks.add(block);
        assertThatThrownBy(() -> PenaltyRule.requireNotBlocked(blocks, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("booking-blocked");
                    assertThat(e.getMessage()).contains("this account may not book until " + block.blockedUntil()).contains("2 no-shows");
                    assertThat(PlatformTexts.render(Language.EN, e.message())).startsWith("this account may not book until ")
                            .contains("2 bookings without the vehicle coming");
                });

        assertThatThrownBy(() -> block.lift("officer-1", " ", NOW)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("reason"));
        block.lift("officer-1", "Truck broke down on QL70, garage invoice seen", NOW);

        assertThat(block.isActive(NOW)).isFalse();
        assertThat(block.liftedBy()).isEqualTo("officer-1");
        assertThat(block.liftReason()).isEqualTo("Truck broke down on QL70, garage invoice seen");
        PenaltyRule.requireNotBlocked(blocks, NOW);
        // the next sweep does not block again for the same two no-shows; a third and a fourth after the lift do
        assertThat(block(NOW)).isEmpty();
        strike(StrikeKind.NO_SHOW, Duration.ofHours(-1));
        assertThat(block(NOW.plusSeconds(3600))).isEmpty();
        strike(StrikeKind.NO_SHOW, Duration.ofHours(-2));
        assertThat(block(NOW.plusSeconds(7200))).isPresent();
        assertThatThrownBy(() -> block.lift("officer-1", "again", NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.rule()).isEqualTo("block-not-active"));
    }

    @Test
    void a_blocked_vehicle_is_refused_naming_the_plate() {
        BookingBlock block = new BookingBlock("plate:24C12345", StrikeKind.LATE_CANCELLATION, 2, NOW, NOW.plus(Duration.ofDays(14)));

        assertThatThrownBy(() -> PenaltyRule.requireNotBlocked(List.of(block), NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("plate");
                    assertThat(e.getMessage()).startsWith("vehicle 24C12345 may not book until").contains("2 late cancellations");
                });
        PenaltyRule.requireNotBlocked(List.of(block), NOW.plus(Duration.ofDays(14)));
    }
}
