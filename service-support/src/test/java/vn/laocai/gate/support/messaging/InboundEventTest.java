package vn.laocai.gate.support.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.GateReopened;
import vn.laocai.gate.events.QueueEventType;
import vn.laocai.gate.events.UnreadableEventException;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InboundEventTest {

    private static final String PAYLOAD = "{\"closureId\":\"3d6f0a52-8c1e-4f0b-9a57-2b1c9d0e7f11\","
            + "\"directions\":[\"EXPORT\"],\"reopenedBy\":\"officer-1\",\"reopenedAt\":\"2026-06-15T09:30:00Z\"}";

    @Test
    void reads_an_event_under_its_type_of_now() {
        InboundEvent event = InboundEvent.read(record("vn.laocai.gate.queue.GateReopened",
                "https://gate.laocai.vn/vehicle-queue-service"));

        assertThat(event.payload()).isInstanceOf(GateReopened.class);
        assertThat(event.source()).isEqualTo("https://gate.laocai.vn/vehicle-queue-service");
    }

    @Test
    void still_reads_an_event_published_under_the_type_of_before() {
        InboundEvent event = InboundEvent.read(record("vn.gate.queue.GateReopened", "/vn-gate/vehicle-queue-service"));

        assertThat(event.payload()).isInstanceOf(GateReopened.class);
        assertThat(((GateReopened) event.payload()).reopenedBy()).isEqualTo("officer-1");
        assertThat(event.type()).isEqualTo("vn.gate.queue.GateReopened");
        assertThat(QueueEventType.GATE_REOPENED.legacyType()).isEqualTo(event.type());
    }

    @Test
    void a_type_under_no_name_of_the_platform_is_unreadable() {
        assertThatThrownBy(() -> InboundEvent.read(record("vn.other.queue.GateReopened", "/elsewhere")))
                .isInstanceOf(UnreadableEventException.class);
    }

    private static ConsumerRecord<String, byte[]> record(String type, String source) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", "4b7c9f2e-1d3a-4e5f-8a6b-0c1d2e3f4a5b");
        header(headers, "ce_type", type);
        header(headers, "ce_source", source);
        header(headers, "content-type", "application/json");
        return new ConsumerRecord<>("queue.booking.events", 0, 7L, 0L, org.apache.kafka.common.record.TimestampType.CREATE_TIME,
                -1, -1, "closure-1", PAYLOAD.getBytes(StandardCharsets.UTF_8), headers, Optional.empty());
    }

    private static void header(RecordHeaders headers, String key, String value) {
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
