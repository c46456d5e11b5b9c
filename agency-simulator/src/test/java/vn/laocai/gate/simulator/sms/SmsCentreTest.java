package vn.laocai.gate.simulator.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.simulator.clock.Timers;
import vn.laocai.gate.simulator.config.Randomness;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The simulated SMS centre: segments, idempotency, the random failures and their seed, the outage, the receipts. */
class SmsCentreTest {

    static SmsConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(SmsConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build()
                .getConfigMapping(SmsConfig.class);
    }

    static Randomness randomness(long seed, boolean allGreen) {
        return new Randomness(seed, true, allGreen, new Randomness.ChannelWeights(1, 0, 0), 0, 0,
                new Randomness.QuarantineWeights(1, 0, 0, 0), 0);
    }

    static SmsCentre centre(double failShare, long seed, boolean allGreen, List<SmsMessage> receipts) {
        return new SmsCentre(config(Map.of("simulator.sms.receipt-delay", "0ms", "simulator.sms.fail-share", String.valueOf(failShare))),
                randomness(seed, allGreen), new Timers(), receipts::add, Clock.systemUTC());
    }

    @Test
    void a_message_is_counted_in_segments_and_taken_once_per_client_reference() {
        List<SmsMessage> receipts = new CopyOnWriteArrayList<>();
        SmsCentre centre = centre(0, 1, false, receipts);
        SmsCentre.Taken first = centre.accept(new SmsCentre.Submission("+84912345678", "车".repeat(71), null, "ref-1"));
        assertThat(first.created()).isTrue();
        assertThat(first.message()).extracting(SmsMessage::encoding, SmsMessage::segments).containsExactly("UCS2", 2);
        SmsCentre.Taken again = centre.accept(new SmsCentre.Submission("+84912345678", "车".repeat(71), null, "ref-1"));
        assertThat(again.created()).isFalse();
        assertThat(again.message().messageId()).isEqualTo(first.message().messageId());
        assertThat(centre.accept(new SmsCentre.Submission("+8613812345678", "a".repeat(161), "gsm7", "ref-2")).message().segments())
                .isEqualTo(2);
        await().atMost(Duration.ofSeconds(5)).until(() -> receipts.size() == 2);
        assertThat(centre.received("+84912345678")).extracting(SmsMessage::status).containsExactly("DELIVERED");
    }

    @Test
    void bad_messages_are_refused_naming_the_field() {
        SmsCentre centre = centre(0, 1, false, new CopyOnWriteArrayList<>());
        assertThatThrownBy(() -> centre.accept(new SmsCentre.Submission("0912345678", "x", null, "r"))).hasMessageStartingWith("to:");
        assertThatThrownBy(() -> centre.accept(new SmsCentre.Submission("+84912345678", " ", null, "r"))).hasMessageStartingWith("text:");
        assertThatThrownBy(() -> centre.accept(new SmsCentre.Submission("+84912345678", "x", null, null))).hasMessageStartingWith("clientRef:");
        assertThatThrownBy(() -> centre.accept(new SmsCentre.Submission("+84912345678", "x", "utf8", "r"))).hasMessageStartingWith("encoding:");
    }

    @Test
    void a_share_fails_by_the_seed_and_none_under_all_green() {
        List<String> first = statuses(centre(0.5, 42, false, new CopyOnWriteArrayList<>()));
        assertThat(first).contains("DELIVERED", "FAILED");
        assertThat(statuses(centre(0.5, 42, false, new CopyOnWriteArrayList<>()))).isEqualTo(first);
        assertThat(statuses(centre(0.5, 42, true, new CopyOnWriteArrayList<>()))).containsOnly("DELIVERED");
    }

    /** Sends 40 messages one after the other, each completed before the next. */
    static List<String> statuses(SmsCentre centre) {
        return IntStream.range(0, 40).mapToObj(i -> {
            String id = centre.accept(new SmsCentre.Submission("+84912345678", "m" + i, null, "ref-" + i)).message().messageId();
            await().atMost(Duration.ofSeconds(5)).until(() -> !centre.find(id).orElseThrow().status().equals("ACCEPTED"));
            return centre.find(id).orElseThrow().status();
        }).toList();
    }

    @Test
    void the_outage_refuses_every_message_until_switched_off() {
        SmsCentre centre = centre(0, 1, false, new CopyOnWriteArrayList<>());
        centre.outage(true);
        assertThatThrownBy(() -> centre.accept(new SmsCentre.Submission("+84912345678", "x", null, "r")))
                .isInstanceOf(SmsCentre.UnavailableException.class);
        centre.outage(false);
        assertThat(centre.accept(new SmsCentre.Submission("+84912345678", "x", null, "r")).created()).isTrue();
    }

    @Test
    void the_receipt_is_posted_to_the_configured_url_with_the_token() throws Exception {
        List<JsonNode> posted = new CopyOnWriteArrayList<>();
        List<String> tokens = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/sms/receipts", exchange -> {
            posted.add(new ObjectMapper().readTree(exchange.getRequestBody()));
            tokens.add(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            SmsConfig config = config(Map.of("simulator.sms.receipt-url", "http://127.0.0.1:" + server.getAddress().getPort()
                    + "/api/sms/receipts", "simulator.sms.receipt-token", "t0ken", "simulator.sms.receipt-delay", "0ms",
                    "simulator.sms.fail-share", "0"));
            Timers timers = new Timers();
            SmsCentre centre = new SmsCentre(config, randomness(1, false), timers, new SmsReceipts(config, timers, new ObjectMapper())::send,
                    Clock.systemUTC());
            String id = centre.accept(new SmsCentre.Submission("+84912345678", "Xe được gọi", null, "delivery-7")).message().messageId();
            await().atMost(Duration.ofSeconds(10)).until(() -> posted.size() == 1);
            assertThat(posted.get(0).path("messageId").asText()).isEqualTo(id);
            assertThat(posted.get(0).path("clientRef").asText()).isEqualTo("delivery-7");
            assertThat(posted.get(0).path("status").asText()).isEqualTo("DELIVERED");
            assertThat(tokens).containsExactly("Bearer t0ken");
        } finally {
            server.stop(0);
        }
    }
}
