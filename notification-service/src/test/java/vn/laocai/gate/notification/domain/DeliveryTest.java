package vn.laocai.gate.notification.domain;

import vn.laocai.gate.support.i18n.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A delivery is retried 1, 2, 4 ... s apart, capped, and fails with its reason after the last attempt. */
class DeliveryTest {

    static final RetryPolicy POLICY = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(5));

    static Delivery sms(Instant now) {
        Notice notice = Notice.create("event-1", NoticeKind.CALLED_FORWARD, "driver-an", "KT2-7XK4P9", Language.VI,
                new NoticeTexts.Rendered("t", "x"), NoticeParameters.of(Map.of()), Set.of(Channel.SMS, Channel.INBOX),
                c -> Optional.of("+84912345678"), now);
        assertThat(notice.delivery(Channel.INBOX)).get().extracting(Delivery::status).isEqualTo(DeliveryStatus.DELIVERED);
        return notice.delivery(Channel.SMS).orElseThrow();
    }

    @Test
    void waits_double_up_to_the_cap_then_the_delivery_fails_with_the_last_reason() {
        assertThat(List.of(1, 2, 3, 4).stream().map(POLICY::backoffAfter).toList()).containsExactly(Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(3));
        Instant now = Instant.parse("2026-06-15T07:00:00Z");
        Delivery d = sms(now);
        assertThat(d.isDue(now)).isTrue();
        assertThat(d.attemptStarted(POLICY, now)).isEqualTo(1);
        d.attemptFailed("HTTP 503", false, POLICY, now);
        assertThat(d.nextAttemptAt()).isEqualTo(now.plusSeconds(1));
        assertThat(d.isDue(now)).isFalse();
        assertThat(d.attemptStarted(POLICY, now)).as("not due yet").isZero();
        now = now.plusSeconds(1);
        d.attemptStarted(POLICY, now);
        d.attemptFailed("HTTP 503", false, POLICY, now);
        now = now.plusSeconds(2);
        d.attemptStarted(POLICY, now);
        d.attemptFailed("HTTP 503", false, POLICY, now);
        assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
        now = now.plusSeconds(3);
        assertThat(d.attemptStarted(POLICY, now)).isEqualTo(4);
        d.attemptFailed("connection refused", false, POLICY, now);
        assertThat(d).extracting(Delivery::status, Delivery::attempts, Delivery::lastError)
                .containsExactly(DeliveryStatus.FAILED, 4, "connection refused");
        assertThat(d.isDue(now.plusSeconds(60))).isFalse();
    }

    @Test
    void an_attempt_is_counted_before_sending_and_one_whose_outcome_never_came_is_due_again_under_the_same_reference() {
        Instant now = Instant.parse("2026-06-15T07:00:00Z");
        Delivery d = sms(now);
        String reference = d.reference();
        assertThat(d.attemptStarted(POLICY, now)).isEqualTo(1);
        assertThat(d).extracting(Delivery::status, Delivery::attempts).containsExactly(DeliveryStatus.PENDING, 1);
        assertThat(d.inAttempt(1)).isTrue();
        assertThat(d.isDue(now.plusSeconds(1))).as("a slow send is still under way after the first wait").isFalse();
        assertThat(d.attemptStarted(POLICY, now.plusMillis(4999))).as("within the lease").isZero();
        // no outcome recorded (the service stopped after the send): due again once the lease ran out
        Instant later = now.plusSeconds(5);
        assertThat(d.attemptStarted(POLICY, later)).isEqualTo(2);
        assertThat(d.inAttempt(1)).as("the first attempt's outcome can no longer be recorded").isFalse();
        d.sent("SMS-1", 1, later);
        assertThat(d).extracting(Delivery::status, Delivery::attempts, Delivery::reference)
                .containsExactly(DeliveryStatus.SENT, 2, reference);
    }

    @Test
    void the_last_attempt_without_an_outcome_fails_the_delivery_rather_than_going_past_the_limit() {
        Instant now = Instant.parse("2026-06-15T07:00:00Z");
        Delivery d = sms(now);
        for (int attempt = 1; attempt <= POLICY.maxAttempts(); attempt++) {
            now = now.plusSeconds(60);
            assertThat(d.attemptStarted(POLICY, now)).isEqualTo(attempt);
        }
        assertThat(d.attemptStarted(POLICY, now.plusSeconds(60))).isZero();
        assertThat(d).extracting(Delivery::status, Delivery::attempts).containsExactly(DeliveryStatus.FAILED, POLICY.maxAttempts());
        assertThat(d.lastError()).contains("outcome is unknown");
    }

    @Test
    void a_refused_message_fails_at_once_and_a_receipt_completes_a_sent_one() {
        Instant now = Instant.now();
        Delivery refused = sms(now);
        refused.attemptStarted(POLICY, now);
        refused.attemptFailed("HTTP 400", true, POLICY, now);
        assertThat(refused.status()).isEqualTo(DeliveryStatus.FAILED);

        Delivery sent = sms(now);
        sent.attemptStarted(POLICY, now);
        sent.sent("SMS-1", 1, now);
        assertThat(sent).extracting(Delivery::status, Delivery::attempts).containsExactly(DeliveryStatus.SENT, 1);
        sent.receipt(true, null, now);
        assertThat(sent.status()).isEqualTo(DeliveryStatus.DELIVERED);
        sent.receipt(false, "late", now);
        assertThat(sent.status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void a_channel_without_an_address_gets_no_delivery() {
        Notice notice = Notice.create("event-2", NoticeKind.FEE_DUE, "trader-lan", "d-1", Language.EN,
                new NoticeTexts.Rendered("t", "x"), NoticeParameters.of(Map.of()), Set.of(Channel.SMS, Channel.EMAIL, Channel.INBOX),
                c -> Optional.ofNullable(Map.of(Channel.EMAIL, "lan@example.vn").get(c)), Instant.now());
        assertThat(notice.deliveries()).extracting(Delivery::channel).containsExactlyInAnyOrder(Channel.INBOX, Channel.EMAIL);
    }
}
