package vn.laocai.gate.simulator.sms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.gate.simulator.clock.Timers;
import vn.laocai.gate.simulator.store.JsonLines;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SMS gateway's messages and receipts survive a restart of the simulator: a centre started anew on
 * the journal another wrote (a test cannot restart the application) has every message in its last state,
 * answers a repeated client reference with the same message, and gives a receipt still owed.
 */
class SmsStoreTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @TempDir
    Path folder;

    SmsCentre centreOn(Path file, String receiptDelay, List<SmsMessage> receipts) {
        return new SmsCentre(SmsCentreTest.config(Map.of("simulator.sms.receipt-delay", receiptDelay, "simulator.sms.fail-share", "0")),
                SmsCentreTest.randomness(1, false), new Timers(), receipts::add, Clock.systemUTC(),
                new JsonLines(Optional.of(file), JSON));
    }

    static SmsCentre.Submission text(String clientRef) {
        return new SmsCentre.Submission("+84912345678", "Xe KT2-7XK4P9: moi vao cong so 2", null, clientRef);
    }

    @Test
    void messages_and_receipts_are_kept_and_a_receipt_owed_at_the_restart_is_given_after_it() {
        Path file = folder.resolve(SmsCentre.JOURNAL);
        List<SmsMessage> receiptsBefore = new CopyOnWriteArrayList<>();
        SmsCentre before = centreOn(file, "0ms", receiptsBefore);
        SmsMessage delivered = before.accept(text("notice-1")).message();
        await().atMost(Duration.ofSeconds(10)).until(() -> receiptsBefore.size() == 1);
        SmsCentre slow = centreOn(file, "1h", new CopyOnWriteArrayList<>());
        SmsMessage owed = slow.accept(text("notice-2")).message();
        assertThat(owed.status()).isEqualTo("ACCEPTED");

        List<SmsMessage> receiptsAfter = new CopyOnWriteArrayList<>();
        SmsCentre after = centreOn(file, "0ms", receiptsAfter);

        assertThat(after.find(delivered.messageId())).hasValueSatisfying(m -> {
            assertThat(m.status()).isEqualTo("DELIVERED");
            assertThat(m.completedAt()).isEqualTo(receiptsBefore.get(0).completedAt());
        });
        SmsCentre.Taken repeated = after.accept(text("notice-1"));
        assertThat(repeated.created()).isFalse();
        assertThat(repeated.message().messageId()).isEqualTo(delivered.messageId());
        await().atMost(Duration.ofSeconds(10)).until(() -> !receiptsAfter.isEmpty());
        assertThat(receiptsAfter).singleElement().satisfies(r -> {
            assertThat(r.messageId()).as("only the receipt still owed").isEqualTo(owed.messageId());
            assertThat(r.status()).isEqualTo("DELIVERED");
        });
        assertThat(after.accept(text("notice-3")).message().messageId()).as("numbers go on").isEqualTo("SMS-00000003");
        await().atMost(Duration.ofSeconds(10)).until(() -> receiptsAfter.size() == 2);
        assertThat(centreOn(file, "1h", new CopyOnWriteArrayList<>()).received(null))
                .extracting(SmsMessage::messageId, SmsMessage::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SMS-00000001", "DELIVERED"),
                        org.assertj.core.groups.Tuple.tuple("SMS-00000002", "DELIVERED"),
                        org.assertj.core.groups.Tuple.tuple("SMS-00000003", "DELIVERED"));
    }
}
