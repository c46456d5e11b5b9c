package vn.laocai.gate.clearance.domain;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.support.domain.InvalidValueException;
import vn.laocai.gate.support.domain.RuleViolation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.laocai.gate.clearance.domain.CaseMother.BOOKING;
import static vn.laocai.gate.clearance.domain.CaseMother.T0;
import static vn.laocai.gate.clearance.domain.CaseMother.durian;

class LinkConsentTest {

    static final String CODE = "7KQ2-M9XD";
    static final String OTHER = "KT2-BBBBBB";

    final Map<String, KnownBooking> bookings = new HashMap<>();
    final Map<String, List<BookingConsent>> consents = new HashMap<>();

    /** SHA-256 hex computed here, not by the class under test. */
    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    BookingConsent consent(String booking, String id, String shareCode, int givenAtSeconds) throws Exception {
        BookingConsent consent = BookingConsent.given(id, booking, sha256(booking + ":" + shareCode), T0.plusSeconds(givenAtSeconds));
        consents.computeIfAbsent(booking, b -> new ArrayList<>()).add(consent);
        return consent;
    }

    KnownBooking booking(String code, Direction direction) {
        KnownBooking booking = new KnownBooking(code, "24C12345", direction, "TRUCK", "OVER_10T");
        bookings.put(code, booking);
        return booking;
    }

    LinkConsent.Linked link(List<String> codes, List<String> shareCodes, List<BookingLink> existing) {
        return LinkConsent.link(CaseMother.data("EXPORT", "CN", codes, List.of(durian(1))), shareCodes,
                this::standing, existing, T0.plusSeconds(600));
    }

    LinkConsent.Standing standing(String code) {
        return LinkConsent.Standing.of(Optional.ofNullable(bookings.get(code)), consents.getOrDefault(code, List.of()));
    }

    RuleViolation refusal(List<String> codes, List<String> shareCodes) {
        try {
            link(codes, shareCodes, List.of());
        } catch (RuleViolation e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void the_share_code_of_the_current_consent_links_the_booking_in_any_case_and_with_or_without_the_dash() throws Exception {
        booking(BOOKING, Direction.EXPORT);
        consent(BOOKING, "c-1", CODE, 0);

        for (String presented : List.of(CODE, "7kq2-m9xd", "7KQ2M9XD", " 7kq2m9xd ")) {
            LinkConsent.Linked linked = link(List.of(BOOKING), List.of(presented), List.of());
            assertThat(linked.links()).singleElement().satisfies(l -> {
                assertThat(l.bookingCode()).isEqualTo(BOOKING);
                assertThat(l.consentId()).isEqualTo("c-1");
                assertThat(l.state()).isEqualTo(BookingLink.State.LINKED);
            });
            assertThat(linked.trips()).containsExactly(new Trip(BOOKING, "TRUCK", "OVER_10T"));
        }
    }

    @Test
    void crockford_reads_o_as_zero_and_i_and_l_as_one() throws Exception {
        booking(BOOKING, Direction.EXPORT);
        consent(BOOKING, "c-1", "10K0-1AB1", 0);

        assertThat(link(List.of(BOOKING), List.of("lOKo-iab1"), List.of()).links()).hasSize(1);
        assertThat(LinkConsent.normalise("iokl-0000", "f")).isEqualTo("10K1-0000");
    }

    @Test
    void a_wrong_code_and_a_missing_one_are_refused_alike_whether_the_booking_is_known_or_not() throws Exception {
        booking(BOOKING, Direction.EXPORT);
        consent(BOOKING, "c-1", CODE, 0);
        booking(OTHER, Direction.EXPORT);

        List<RuleViolation> refusals = List.of(
                refusal(List.of(BOOKING), List.of("7KQ2-M9XE")),
                refusal(List.of(BOOKING), null),
                refusal(List.of(BOOKING), Arrays.asList((String) null)),
                refusal(List.of(BOOKING), List.of("")));
        for (RuleViolation refusal : refusals) {
            assertThat(refusal.rule()).isEqualTo(LinkConsent.RULE);
            assertThat(refusal.field()).isEqualTo("bookingCodes[0]");
            assertThat(refusal.getMessage()).isEqualTo("bookingCodes[0]: the driver's consent is needed to link a consignment to "
                    + BOOKING + "; ask the driver for the booking's share code");
        }
        RuleViolation noConsent = refusal(List.of(OTHER), null);
        RuleViolation unknown = refusal(List.of("KT2-ZZZZZZ"), Arrays.asList((String) null));
        assertThat(noConsent.getMessage()).isEqualTo(refusals.get(0).getMessage().replace(BOOKING, OTHER));
        assertThat(unknown.getMessage()).isEqualTo(refusals.get(0).getMessage().replace(BOOKING, "KT2-ZZZZZZ"));
        assertThat(List.of(noConsent.rule(), unknown.rule())).containsOnly(LinkConsent.RULE);
    }

    @Test
    void a_booking_or_a_consent_not_heard_of_yet_is_linked_pending_with_the_hash_of_the_code_presented() throws Exception {
        booking(OTHER, Direction.EXPORT);
        consent(BOOKING, "c-1", CODE, 0);

        for (String code : List.of("KT2-ZZZZZZ", OTHER, BOOKING)) {
            LinkConsent.Linked linked = link(List.of(code), List.of("7kq2m9xd"), List.of());
            assertThat(linked.links()).as(code).singleElement().satisfies(l -> {
                assertThat(l.state()).isEqualTo(BookingLink.State.PENDING);
                assertThat(l.consentId()).isNull();
                assertThat(l.presentedHash()).isEqualTo(sha256(code + ":" + CODE));
                assertThat(l.namedAt()).isEqualTo(T0.plusSeconds(600));
            });
        }
        assertThat(link(List.of(OTHER), List.of(CODE), List.of()).trips()).containsExactly(new Trip(OTHER, "TRUCK", "OVER_10T"));
        assertThat(link(List.of(BOOKING), List.of(CODE), List.of()).trips()).containsExactly(new Trip(BOOKING, null, null));
    }

    @Test
    void a_pending_link_is_linked_when_the_code_matches_the_consent_heard_of_and_refused_naming_its_field_when_not() throws Exception {
        booking(BOOKING, Direction.EXPORT);
        List<BookingLink> pending = link(List.of(OTHER, BOOKING), List.of(CODE, CODE), List.of()).links();
        BookingLink link = pending.get(1);

        assertThat(LinkConsent.settle(link, 1, standing(BOOKING), Direction.EXPORT, T0.plusSeconds(700))).as("no consent yet").isFalse();
        assertThat(link.state()).isEqualTo(BookingLink.State.PENDING);

        consent(BOOKING, "c-1", CODE, 650);
        assertThat(LinkConsent.settle(link, 1, standing(BOOKING), Direction.EXPORT, T0.plusSeconds(800))).isTrue();
        assertThat(link.state()).isEqualTo(BookingLink.State.LINKED);
        assertThat(link.consentId()).isEqualTo("c-1");
        assertThat(link.linkedAt()).isEqualTo(T0.plusSeconds(800));
        assertThat(link.presentedHash()).isNull();
        assertThat(LinkConsent.settle(link, 1, standing(BOOKING), Direction.EXPORT, T0.plusSeconds(900))).as("once").isFalse();

        booking(OTHER, Direction.EXPORT);
        consent(OTHER, "c-2", "AAAA-BBBB", 650);
        BookingLink wrong = pending.get(0);
        assertThat(LinkConsent.settle(wrong, 0, standing(OTHER), Direction.EXPORT, T0.plusSeconds(800))).isTrue();
        assertThat(wrong.state()).isEqualTo(BookingLink.State.REFUSED);
        assertThat(wrong.consentId()).isNull();
        assertThat(wrong.refusalRule()).isEqualTo(LinkConsent.RULE);
        assertThat(wrong.refusalReason()).isEqualTo("bookingCodes[0]: the driver's consent is needed to link a consignment to "
                + OTHER + "; ask the driver for the booking's share code");
        assertThat(wrong.undoneAt()).isEqualTo(T0.plusSeconds(800));
    }

    @Test
    void a_pending_link_whose_code_matched_is_still_refused_for_the_other_direction_a_cancellation_or_a_withdrawn_consent()
            throws Exception {
        booking(BOOKING, Direction.IMPORT);
        booking(OTHER, Direction.EXPORT).cancel();
        BookingLink toImport = BookingLink.pending(BOOKING, sha256(BOOKING + ":" + CODE), T0);
        BookingLink toCancelled = BookingLink.pending(OTHER, sha256(OTHER + ":" + CODE), T0);
        consent(BOOKING, "c-1", CODE, 10);
        consent(OTHER, "c-2", CODE, 10);

        LinkConsent.settle(toImport, 0, standing(BOOKING), Direction.EXPORT, T0.plusSeconds(20));
        LinkConsent.settle(toCancelled, 1, standing(OTHER), Direction.EXPORT, T0.plusSeconds(20));
        assertThat(List.of(toImport.refusalRule(), toCancelled.refusalRule())).containsExactly("direction-mismatch", "booking-cancelled");
        assertThat(toCancelled.refusalReason()).isEqualTo("bookingCodes[1] " + OTHER + " was cancelled");

        String third = "KT2-CCCCCC";
        booking(third, Direction.EXPORT);
        BookingLink withdrawn = BookingLink.pending(third, sha256(third + ":" + CODE), T0);
        consent(third, "c-3", CODE, 10).withdraw(T0.plusSeconds(15));
        assertThat(LinkConsent.settle(withdrawn, 0, standing(third), Direction.EXPORT, T0.plusSeconds(20))).isTrue();
        assertThat(withdrawn.refusalRule()).isEqualTo(LinkConsent.RULE);
    }

    @Test
    void a_link_pending_past_the_wait_is_refused_for_a_booking_not_heard_of_and_not_a_moment_before() {
        BookingLink link = BookingLink.pending(BOOKING, "00", T0);
        java.time.Duration wait = java.time.Duration.ofHours(2);

        assertThat(LinkConsent.expire(link, 2, wait, T0.plus(wait).minusSeconds(1))).isFalse();
        assertThat(link.state()).isEqualTo(BookingLink.State.PENDING);
        assertThat(LinkConsent.expire(link, 2, wait, T0.plus(wait))).isTrue();
        assertThat(link.state()).isEqualTo(BookingLink.State.REFUSED);
        assertThat(link.refusalRule()).isEqualTo(LinkConsent.NOT_HEARD);
        assertThat(link.refusalReason()).startsWith("bookingCodes[2]: nothing was heard of booking " + BOOKING).contains("PT2H");
        assertThat(LinkConsent.expire(link, 2, wait, T0.plus(wait).plusSeconds(60))).as("once").isFalse();
    }

    @Test
    void on_an_amendment_a_pending_link_named_again_without_a_code_stays_pending() {
        List<BookingLink> existing = link(List.of(BOOKING), List.of(CODE), List.of()).links();

        assertThat(link(List.of(BOOKING), null, existing).links()).containsExactly(existing.get(0));
        assertThat(link(List.of(BOOKING), List.of("AAAA-BBBB"), existing).links().get(0))
                .satisfies(l -> assertThat(l.isPending()).isTrue())
                .isNotSameAs(existing.get(0));
    }

    @Test
    void the_code_of_another_booking_does_not_link() throws Exception {
        booking(BOOKING, Direction.EXPORT);
        booking(OTHER, Direction.EXPORT);
        consent(BOOKING, "c-1", CODE, 0);
        consent(OTHER, "c-2", "AAAA-BBBB", 0);

        RuleViolation refusal = refusal(List.of(BOOKING, OTHER), List.of(CODE, CODE));
        assertThat(refusal.field()).isEqualTo("bookingCodes[1]");
        assertThat(link(List.of(BOOKING, OTHER), List.of(CODE, "aaaabbbb"), List.of()).links())
                .extracting(BookingLink::consentId).containsExactly("c-1", "c-2");
    }

    @Test
    void the_direction_and_a_cancellation_are_told_only_once_the_code_matched() throws Exception {
        booking(BOOKING, Direction.IMPORT);
        consent(BOOKING, "c-1", CODE, 0);
        booking(OTHER, Direction.EXPORT).cancel();
        consent(OTHER, "c-2", CODE, 0);

        assertThat(refusal(List.of(BOOKING), List.of("AAAA-AAAA")).rule()).isEqualTo(LinkConsent.RULE);
        assertThat(refusal(List.of(BOOKING), List.of(CODE)).rule()).isEqualTo("direction-mismatch");
        assertThat(refusal(List.of(OTHER), null).rule()).isEqualTo(LinkConsent.RULE);
        assertThat(refusal(List.of(OTHER), List.of(CODE)).rule()).isEqualTo("booking-cancelled");
    }

    @Test
    void a_newer_consent_replaces_the_older_and_a_withdrawn_one_links_nothing() throws Exception {
        booking(BOOKING, Direction.EXPORT);
        consent(BOOKING, "c-1", CODE, 0);
        BookingConsent newer = consent(BOOKING, "c-2", "AAAA-BBBB", 60);

        assertThat(refusal(List.of(BOOKING), List.of(CODE)).rule()).isEqualTo(LinkConsent.RULE);
        assertThat(link(List.of(BOOKING), List.of("AAAA-BBBB"), List.of()).links().get(0).consentId()).isEqualTo("c-2");

        newer.withdraw(T0.plusSeconds(120));
        assertThat(refusal(List.of(BOOKING), List.of("AAAA-BBBB")).rule()).isEqualTo(LinkConsent.RULE);
        assertThat(refusal(List.of(BOOKING), List.of(CODE)).rule()).isEqualTo(LinkConsent.RULE);
    }

    @Test
    void on_an_amendment_a_link_under_the_consent_that_stands_needs_no_code_but_a_new_booking_does() throws Exception {
        booking(BOOKING, Direction.EXPORT);
        booking(OTHER, Direction.EXPORT);
        consent(BOOKING, "c-1", CODE, 0);
        consent(OTHER, "c-2", "AAAA-BBBB", 0);
        List<BookingLink> existing = link(List.of(BOOKING), List.of(CODE), List.of()).links();

        LinkConsent.Linked kept = link(List.of(BOOKING), null, existing);
        assertThat(kept.links()).containsExactly(existing.get(0));

        assertThatThrownBy(() -> link(List.of(BOOKING, OTHER), null, existing))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("bookingCodes[1]"));
        assertThat(link(List.of(BOOKING, OTHER), Arrays.asList(null, "AAAA-BBBB"), existing).links())
                .extracting(BookingLink::consentId).containsExactly("c-1", "c-2");
    }

    @Test
    void a_link_under_a_replaced_or_withdrawn_consent_needs_the_code_of_the_current_one() throws Exception {
        booking(BOOKING, Direction.EXPORT);
        BookingConsent first = consent(BOOKING, "c-1", CODE, 0);
        List<BookingLink> existing = link(List.of(BOOKING), List.of(CODE), List.of()).links();
        consent(BOOKING, "c-2", "AAAA-BBBB", 60);

        assertThatThrownBy(() -> link(List.of(BOOKING), null, existing)).isInstanceOf(RuleViolation.class);
        assertThat(link(List.of(BOOKING), List.of("AAAA-BBBB"), existing).links().get(0).consentId()).isEqualTo("c-2");

        first.withdraw(T0.plusSeconds(90));
        existing.get(0).undo(T0.plusSeconds(90));
        assertThatThrownBy(() -> link(List.of(BOOKING), List.of(CODE), existing)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void share_codes_are_one_per_booking_and_well_formed() throws Exception {
        booking(BOOKING, Direction.EXPORT);
        consent(BOOKING, "c-1", CODE, 0);

        assertThatThrownBy(() -> link(List.of(BOOKING), List.of(CODE, CODE), List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("shareCodes"));
        assertThatThrownBy(() -> link(List.of(BOOKING), List.of(), List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("shareCodes"));
        for (String malformed : List.of("7KQ2-M9X", "7KQ2-M9XDD", "7KQU-M9XD", "7KQ2--M9XD", "7KQ2_M9XD")) {
            assertThatThrownBy(() -> link(List.of(BOOKING), List.of(malformed), List.of())).as(malformed)
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("shareCodes[0]"));
        }
    }

    @Test
    void the_hash_is_the_sha_256_of_the_booking_and_the_normalised_code() throws Exception {
        assertThat(LinkConsent.hash(BOOKING, CODE)).isEqualTo(sha256(BOOKING + ":" + CODE));
        assertThat(LinkConsent.normalise("7kq2m9xd", "shareCodes[0]")).isEqualTo(CODE);
    }
}
