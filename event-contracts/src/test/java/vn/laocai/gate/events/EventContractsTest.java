package vn.laocai.gate.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventContractsTest {

    @Test
    void every_type_has_a_sample_that_conforms_to_its_schema_and_round_trips() {
        assertThat(EventMother.everyType()).extracting(EventType::of).containsExactlyInAnyOrderElementsOf(EventType.all());
        for (GateEvent event : EventMother.everyType()) {
            EventType type = EventType.of(event);
            byte[] payload = EventCodec.encode(event);
            EventSchemaAssert.assertConforms(type.type(), payload);
            assertThat(EventCodec.decode(type.type(), payload)).isEqualTo(event);
        }
    }

    @ParameterizedTest
    @MethodSource("vn.laocai.gate.events.EventType#all")
    void payloads_of_version_1_still_parse_and_conform(EventType type) throws IOException {
        String resource = "/payloads/v1/" + type.payloadClass().getSimpleName() + ".json";
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            byte[] payload = in.readAllBytes();
            EventSchemaAssert.assertConforms(type.type(), payload);
            GateEvent event = EventCodec.decode(type.type(), payload);
            assertThat(event.aggregateId()).isNotBlank();
        }
    }

    @Test
    void schema_rejects_a_payload_missing_a_required_field() {
        byte[] payload = "{\"bookingCode\":\"KT2-7XK4P9\",\"plate\":\"24C12345\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(EventSchemaAssert.violations(QueueEventType.CROSSING_BOOKED.type(), payload))
                .anySatisfy(v -> assertThat(v).contains("direction"));
    }

    @Test
    void schema_rejects_a_short_hs_code() {
        String json = EventCodec.encodeToString(EventMother.declarationSubmitted()).replace("08106000", "0810");
        assertThat(EventSchemaAssert.violations(ClearanceEventType.DECLARATION_SUBMITTED.type(), json.getBytes(StandardCharsets.UTF_8)))
                .anySatisfy(v -> assertThat(v).contains("hsCode"));
    }

    @Test
    void unknown_fields_are_ignored_so_optional_additions_stay_compatible() {
        String json = EventCodec.encodeToString(EventMother.customsReleased()).replace("{", "{\"addedLater\":42,");
        assertThat(EventCodec.decode(CustomsEventType.CUSTOMS_RELEASED.type(), json.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(EventMother.customsReleased());
    }

    @Test
    void unknown_type_and_garbage_are_unreadable() {
        assertThatThrownBy(() -> EventCodec.decode("vn.gate.Nothing", new byte[] {'{', '}'}))
                .isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> EventCodec.decode(QueueEventType.CROSSING_BOOKED.type(), "not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void every_topic_follows_the_naming_rule() {
        for (EventType type : EventType.all()) {
            assertThat(type.topic()).matches("[a-z]+\\.[a-z-]+\\.events").isIn(Topics.all());
            assertThat(type.type()).matches("vn\\.laocai\\.gate\\.[a-z]+\\.[A-Z][A-Za-z]+");
        }
    }

    @Test
    void names_follow_the_project_domain_and_the_schema_id_is_the_dataschema() throws IOException {
        for (EventType type : EventType.all()) {
            String name = type.payloadClass().getSimpleName();
            assertThat(type.type()).endsWith("." + name);
            assertThat(type.dataSchema()).isEqualTo("https://gate.laocai.vn/schemas/events/" + name + "/1.json");
            try (InputStream in = getClass().getResourceAsStream(type.schemaResource())) {
                assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("$id").asText())
                        .as(type.schemaResource()).isEqualTo(type.dataSchema());
            }
        }
        assertThat(EventType.source("clearance-service")).isEqualTo("https://gate.laocai.vn/clearance-service");
    }

    @Test
    void an_event_published_under_its_type_of_before_still_decodes() {
        byte[] payload = EventCodec.encode(EventMother.customsReleased());
        assertThat(EventType.ofType("vn.gate.customs.CustomsReleased")).contains(CustomsEventType.CUSTOMS_RELEASED);
        assertThat(EventCodec.decode("vn.gate.customs.CustomsReleased", payload)).isEqualTo(EventMother.customsReleased());
        for (EventType type : EventType.all()) {
            assertThat(EventType.ofType(type.legacyType())).contains(type);
            assertThat(type.legacyType()).startsWith("vn.gate.").doesNotStartWith(EventType.TYPE_PREFIX);
        }
    }
}
