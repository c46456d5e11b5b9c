package vn.laocai.gate.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates event payloads against the JSON Schemas of the contracts; shared with the producers' tests. */
public final class EventSchemaAssert {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private EventSchemaAssert() {
    }

    /** The schema violations of a payload of the given CloudEvents type; empty when it conforms. */
    public static Set<String> violations(String type, byte[] payload) {
        EventType eventType = EventType.ofType(type)
                .orElseThrow(() -> new AssertionError("Unknown event type " + type));
        try (InputStream schemaStream = EventType.class.getResourceAsStream(eventType.schemaResource())) {
            if (schemaStream == null) {
                throw new AssertionError("No schema at " + eventType.schemaResource());
            }
            JsonSchema schema = FACTORY.getSchema(schemaStream, CONFIG);
            JsonNode node = JSON.readTree(payload);
            return schema.validate(node).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails when the payload does not conform to the schema of its type. */
    public static void assertConforms(String type, byte[] payload) {
        Set<String> violations = violations(type, payload);
        if (!violations.isEmpty()) {
            throw new AssertionError("Payload of " + type + " violates its schema: " + violations
                    + "\npayload: " + new String(payload, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
