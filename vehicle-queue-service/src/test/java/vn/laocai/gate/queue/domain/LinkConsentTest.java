package vn.laocai.gate.queue.domain;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.BookingConsentGiven;
import vn.laocai.gate.events.BookingConsentWithdrawn;
import vn.laocai.gate.support.domain.RuleViolation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Share codes, the consent to link and the driver's document read at check-in. */
class LinkConsentTest {

    static final Instant NOW = Instant.parse("2026-06-15T01:10:00Z");

    @Test
    void share_codes_are_crockford_base32_in_two_groups_of_four_and_parse_as_typed() throws Exception {
        Set<String> seen = new HashSet<>();
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 500; i++) {
            String code = ShareCode.generate(random).value();
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(490);
        assertThat(ShareCode.parse("7kq2m9xd")).hasValue(new ShareCode("7KQ2-M9XD"));
        assertThat(ShareCode.parse(" 7KQ2-M9XD ")).hasValue(new ShareCode("7KQ2-M9XD"));
        assertThat(ShareCode.parse("7KQ2-M9XU")).isEmpty();
        assertThat(ShareCode.parse("7KQ2-M9X")).isEmpty();

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("KT2-7XK4P9:7KQ2-M9XD".getBytes(StandardCharsets.UTF_8)));
        assertThat(new ShareCode("7KQ2-M9XD").hashFor("KT2-7XK4P9")).isEqualTo(expected).matches("[0-9a-f]{64}");
    }

    @Test
    void a_consent_is_given_with_the_hash_only_and_withdrawn_once_before_check_in() {
        Booking booking = booking(NOW.plus(Duration.ofHours(3)));
        ShareCode code = ShareCode.generate();
        LinkConsent consent = LinkConsent.give(booking, code, "driver-an", NOW);

        assertThat(consent.isCurrent()).isTrue();
        assertThat(consent.drainEvents()).singleElement().isInstanceOfSatisfying(BookingConsentGiven.class, e -> {
            assertThat(e.bookingCode()).isEqualTo(booking.code());
            assertThat(e.consentId()).isEqualTo(consent.id().toString());
            assertThat(e.shareCodeHash()).isEqualTo(code.hashFor(booking.code()));
            assertThat(e.toString()).doesNotContain(code.value());
            assertThat(e.direction()).isEqualTo("EXPORT");
        });

        consent.withdraw(booking, "driver-an", NOW.plusSeconds(60));
        assertThat(consent.isCurrent()).isFalse();
        assertThat(consent.drainEvents()).singleElement().isInstanceOfSatisfying(BookingConsentWithdrawn.class,
                e -> assertThat(e.consentId()).isEqualTo(consent.id().toString()));
        assertThatThrownBy(() -> consent.withdraw(booking, "driver-an", NOW.plusSeconds(120))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_withdrawn_consent_takes_its_consignments_off_the_vehicle_and_later_events_of_them_do_not_bring_them_back() {
        Booking booking = booking(NOW.plus(Duration.ofHours(3)));
        LinkConsent consent = LinkConsent.give(booking, ShareCode.generate(), "driver-an", NOW);
        String id = consent.id().toString();
        booking.declarationSubmitted("decl-stranger", id, true, true, NOW);
        booking.declarationSubmitted("decl-legacy", null, true, false, NOW);
        booking.consignmentReady("decl-stranger", true, NOW);
        booking.consignmentHeld("decl-legacy", "DOCUMENTS", "invoice missing", NOW);
        assertThat(booking.clearance()).isEqualTo(ClearanceState.HELD);
        assertThat(booking.priorityClass()).isEqualTo(PriorityClass.PERISHABLE);

        consent.withdraw(booking, "driver-an", NOW.plusSeconds(60));
        assertThat(booking.consignments().get("decl-stranger").state()).isEqualTo(ClearanceState.UNLINKED);
        assertThat(booking.consignments().get("decl-legacy").state()).as("a link made before consents").isEqualTo(ClearanceState.HELD);
        assertThat(booking.priorityClass()).as("the perishable goods no longer ride on it").isEqualTo(PriorityClass.STANDARD);

        // clearance, not yet aware, still speaks of the consignment on this booking: it stays off
        booking.consignmentHeld("decl-stranger", "BOOKING_CONSENT_WITHDRAWN", "consent withdrawn", NOW.plusSeconds(61));
        booking.consignmentReady("decl-stranger", true, NOW.plusSeconds(62));
        booking.consignmentReady("decl-legacy", false, NOW.plusSeconds(63));
        assertThat(booking.consignments().get("decl-stranger").state()).isEqualTo(ClearanceState.UNLINKED);
        assertThat(booking.clearance()).as("only the consignments still on board count").isEqualTo(ClearanceState.READY);
        assertThat(booking.clearanceAllowsCallForward()).isTrue();
    }

    @Test
    void a_declaration_submitted_under_a_consent_no_longer_standing_does_not_ride() {
        Booking booking = booking(NOW.plus(Duration.ofHours(3)));
        booking.declarationSubmitted("decl-late", "0b6c1d2e-4f5a-4b7c-8d9e-0f1a2b3c4d5e", false, true, NOW);
        booking.consignmentReady("decl-late", true, NOW);

        assertThat(booking.consignments().get("decl-late").state()).isEqualTo(ClearanceState.UNLINKED);
        assertThat(booking.clearance()).isEqualTo(ClearanceState.NONE);
    }

    @Test
    void after_check_in_a_consent_stands_and_a_closed_booking_takes_none() {
        Booking booking = booking(NOW.minusSeconds(600));
        LinkConsent consent = LinkConsent.give(booking, ShareCode.generate(), "driver-an", NOW);
        booking.checkIn(CheckInMethod.QR, null, Duration.ofHours(4), Duration.ofHours(1), NOW);

        assertThatThrownBy(() -> consent.withdraw(booking, "driver-an", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("already-checked-in");
                    assertThat(e.isConflict()).isTrue();
                });
        assertThat(consent.isCurrent()).isTrue();

        Booking cancelled = booking(NOW.plus(Duration.ofHours(3)));
        cancelled.cancel(CancelReason.DRIVER, null, NOW);
        assertThatThrownBy(() -> LinkConsent.give(cancelled, ShareCode.generate(), "driver-an", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("booking-not-open"));
    }

    @Test
    void the_document_read_at_check_in_is_compared_upper_case_without_spaces_and_a_mismatch_still_checks_in() {
        Driver driver = new Driver("Nguyễn Văn An", "VN", "C1234567", "0912345678");
        assertThat(driver.check("c123 4567")).isEqualTo(DocumentCheck.MATCH);
        assertThat(driver.check("C7654321")).isEqualTo(DocumentCheck.MISMATCH);
        assertThat(driver.check(" ")).isEqualTo(DocumentCheck.NOT_PRESENTED);
        assertThat(driver.check(null)).isEqualTo(DocumentCheck.NOT_PRESENTED);

        Booking booking = booking(NOW.minusSeconds(600));
        booking.checkIn(CheckInMethod.PLATE, "X0000000", Duration.ofHours(4), Duration.ofHours(1), NOW);
        assertThat(booking.status()).isEqualTo(BookingStatus.WAITING);
        assertThat(booking.yard().driverDocument()).isEqualTo(DocumentCheck.MISMATCH);
    }

    static Booking booking(Instant plannedArrival) {
        return Booking.book("KT2-C0NS3T", "driver-an", new Vehicle(Plate.parse("24C-123.45").orElseThrow(), null, VehicleType.TRUCK,
                        WeightClass.OVER_10T), new Driver("Nguyễn Văn An", "VN", "C1234567", "0912345678"), Direction.EXPORT,
                CargoCategory.GENERAL, BookingAdmission.windowFor(plannedArrival, NOW.minusSeconds(86_400)), NOW.minusSeconds(86_400));
    }
}
