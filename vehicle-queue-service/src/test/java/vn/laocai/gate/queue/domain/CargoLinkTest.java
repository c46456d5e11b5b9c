package vn.laocai.gate.queue.domain;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.BookingCancelled;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A booking declared as loaded keeps its slot only with a declaration linked by the deadline before it; one made empty
 * that a declaration is linked to checks in only once amended to the goods it carries.
 */
class CargoLinkTest {

    static final CargoLinkDeadline DEADLINE = new CargoLinkDeadline(Duration.ofHours(2), Duration.ofHours(1));
    /** The durian truck booked the evening before for its slot at 03:00: its deadline is 01:00. */
    static final Instant BOOKED_EARLY = Instant.parse("2026-06-14T20:00:00Z");
    static final Instant BEFORE_DEADLINE = Instant.parse("2026-06-15T00:59:59Z");
    static final Instant AT_DEADLINE = Instant.parse("2026-06-15T01:00:00Z");

    static Booking durianTruck() {
        return durianTruck(BOOKED_EARLY);
    }

    static Booking durianTruck(Instant bookedAt) {
        return BookingTest.book("KT2-7XK4P9", "driver-an", Plate.parse("24C-123.45").orElseThrow(),
                Plate.parse("24R-012.34").orElseThrow(), new Driver("Nguyễn Văn An", "VN", "c1234567", "+84 912 345 678"),
                Direction.EXPORT, CargoCategory.PERISHABLE, Instant.parse("2026-06-15T03:40:00Z"), bookedAt);
    }

    @Test
    void a_booking_made_inside_the_deadline_gets_its_time_from_the_booking_and_one_made_in_its_slot_is_never_released() {
        // booked at 01:30 for 03:00: not at 01:00, but at 02:30, an hour after the booking
        Booking late = durianTruck(Instant.parse("2026-06-15T01:30:00Z"));
        assertThat(late.cargoLinkDeadline(DEADLINE)).isEqualTo(Instant.parse("2026-06-15T02:30:00Z"));
        assertThat(late.releaseWithoutDeclaration(DEADLINE, AT_DEADLINE)).isFalse();
        assertThat(late.releaseWithoutDeclaration(DEADLINE, Instant.parse("2026-06-15T02:29:59Z"))).isFalse();
        assertThat(late.releaseWithoutDeclaration(DEADLINE, Instant.parse("2026-06-15T02:30:00Z"))).isTrue();

        // booked at 03:10 inside its slot: its deadline would fall after the slot is over
        Booking walkIn = durianTruck(Instant.parse("2026-06-15T03:10:00Z"));
        for (String at : new String[]{"2026-06-15T03:10:00Z", "2026-06-15T03:59:59Z", "2026-06-15T04:10:00Z"}) {
            assertThat(walkIn.releaseWithoutDeclaration(DEADLINE, Instant.parse(at))).as(at).isFalse();
        }
    }

    @Test
    void a_loaded_booking_without_a_declaration_is_released_at_the_deadline_once_and_the_driver_is_told() {
        Booking booking = durianTruck();
        booking.drainEvents();

        assertThat(booking.releaseWithoutDeclaration(DEADLINE, BEFORE_DEADLINE)).isFalse();
        assertThat(booking.status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(booking.drainEvents()).isEmpty();

        assertThat(booking.releaseWithoutDeclaration(DEADLINE, AT_DEADLINE)).isTrue();
        assertThat(booking.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(booking.cancelReason()).isEqualTo(CancelReason.NO_DECLARATION);
        assertThat(booking.cancelledBy()).isNull();
        assertThat(booking.driverNotice().key()).isEqualTo("notice.cancelled-no-declaration");
        assertThat(booking.drainEvents()).singleElement().isInstanceOfSatisfying(BookingCancelled.class, e -> {
            assertThat(e.reason()).isEqualTo("NO_DECLARATION");
            assertThat(e.remarks()).contains("2026-06-15T01:00:00Z");
        });

        assertThat(booking.releaseWithoutDeclaration(DEADLINE, AT_DEADLINE.plusSeconds(60))).isFalse();
        assertThat(booking.drainEvents()).isEmpty();
    }

    @Test
    void a_loaded_booking_linked_to_a_declaration_in_time_keeps_its_slot() {
        Booking booking = durianTruck();
        booking.declarationSubmitted("decl-1", null, true, true, BEFORE_DEADLINE);

        assertThat(booking.isDueForCargoLinkRelease(DEADLINE, AT_DEADLINE)).isFalse();
        assertThat(booking.releaseWithoutDeclaration(DEADLINE, AT_DEADLINE)).isFalse();
        assertThat(booking.status()).isEqualTo(BookingStatus.BOOKED);
    }

    @Test
    void a_declaration_unlinked_by_a_withdrawn_consent_does_not_keep_the_slot() {
        Booking booking = durianTruck();
        booking.declarationSubmitted("decl-1", "consent-1", false, true, BEFORE_DEADLINE);

        assertThat(booking.releaseWithoutDeclaration(DEADLINE, AT_DEADLINE)).isTrue();
    }

    @Test
    void an_empty_booking_needs_no_declaration_and_a_slot_that_is_over_is_left_to_the_no_show_rule() {
        Booking empty = BookingTest.book("KT2-EMPTY1", "driver-an", Plate.parse("24C-123.46").orElseThrow(), null,
                new Driver("Nguyễn Văn An", "VN", "c1234567", "+84 912 345 678"), Direction.IMPORT, CargoCategory.EMPTY,
                Instant.parse("2026-06-15T03:40:00Z"), BookingTest.NOW);
        assertThat(empty.releaseWithoutDeclaration(DEADLINE, AT_DEADLINE)).isFalse();

        Booking loaded = durianTruck();
        assertThat(loaded.releaseWithoutDeclaration(DEADLINE, Instant.parse("2026-06-15T04:00:00Z"))).isFalse();
        assertThat(loaded.releaseWithoutDeclaration(DEADLINE, Instant.parse("2026-06-15T03:59:59Z"))).isTrue();
    }

    @Test
    void a_booking_made_empty_that_a_declaration_is_linked_to_checks_in_only_once_amended_to_loaded() {
        Booking booking = emptyTruck();
        booking.declarationSubmitted("decl-2", null, true, false, BookingTest.NOW);

        assertThatThrownBy(() -> booking.checkIn(CheckInMethod.QR, null, Duration.ofHours(4), Duration.ofHours(1), BookingTest.NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("booking-made-empty");
                    assertThat(e.field()).isEqualTo("cargoCategory");
                });
        assertThat(booking.status()).isEqualTo(BookingStatus.BOOKED);
        assertThatThrownBy(() -> booking.amend(null, null, CargoCategory.EMPTY, "still empty", "driver-an", null, BookingTest.NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("nothing-to-amend"));

        booking.amend(null, null, CargoCategory.GENERAL, "Loaded at Lao Cai", "driver-an", null, BookingTest.NOW);
        assertThat(booking.cargoCategory()).isEqualTo(CargoCategory.GENERAL);
        assertThat(booking.amendments()).singleElement().extracting(BookingAmendment::cargoCategory).isEqualTo(CargoCategory.GENERAL);
        assertThatThrownBy(() -> booking.amend(null, null, CargoCategory.EMPTY, "unloaded", "driver-an", null, BookingTest.NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("cargo-declared");
                    assertThat(e.field()).isEqualTo("cargoCategory");
                });

        booking.checkIn(CheckInMethod.QR, null, Duration.ofHours(4), Duration.ofHours(1), BookingTest.NOW);
        assertThat(booking.status()).isEqualTo(BookingStatus.WAITING);
    }

    @Test
    void a_booking_made_empty_without_a_declaration_checks_in_as_before() {
        Booking booking = emptyTruck();
        booking.checkIn(CheckInMethod.QR, null, Duration.ofHours(4), Duration.ofHours(1), BookingTest.NOW);
        assertThat(booking.status()).isEqualTo(BookingStatus.WAITING);
    }

    private static Booking emptyTruck() {
        return BookingTest.book("KT2-EMPTY2", "driver-an", Plate.parse("24C-123.47").orElseThrow(), null,
                new Driver("Nguyễn Văn An", "VN", "c1234567", "+84 912 345 678"), Direction.IMPORT, CargoCategory.EMPTY,
                Instant.parse("2026-06-15T01:40:00Z"), BookingTest.NOW);
    }
}
