package vn.laocai.gate.events.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import vn.laocai.gate.events.EventType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The AsyncAPI 3.0 document of the catalogue: a channel a topic, a message a type (its CloudEvents headers,
 * its record key and its JSON Schema as payload), and each service's operations: the types it sends, the
 * topics it receives with its consumer group, the dead-letter topic it parks records on.
 */
final class AsyncApiDocument {

    static final String SPEC_VERSION = "3.0.0";
    private static final String KAFKA_BINDING = "0.5.0";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    private AsyncApiDocument() {
    }

    static String yaml(EventCatalogue catalogue) {
        try {
            return "# Written by EventCatalogueTest from EventType.all(), Topics, the JSON Schemas and the services'\n"
                    + "# application.properties: do not edit; see event-contracts/README.md.\n"
                    + YAML.writeValueAsString(tree(catalogue));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode tree(EventCatalogue catalogue) {
        ObjectNode doc = NODES.objectNode();
        doc.put("asyncapi", SPEC_VERSION);
        ObjectNode info = doc.putObject("info");
        info.put("title", "Kim Thanh digital border gate events");
        info.put("version", "0.1.0");
        info.put("description", "Every event of the platform, as CloudEvents 1.0 in the Kafka protocol binding's binary "
                + "mode: the attributes are `ce_*` record headers, the data (JSON) is the record value, the record key "
                + "is the aggregate id. `ce_type` is `vn.laocai.gate.<context>.<Name>`, `ce_source` "
                + "`https://gate.laocai.vn/<service>`, `ce_dataschema` `https://gate.laocai.vn/schemas/events/<Name>/1.json` "
                + "(the `$id` of the payload's schema). Consumers still read the types of before, "
                + "`vn.gate.<context>.<Name>` (`x-gate-former-type`). Optional fields may be added to a payload; "
                + "a breaking change is a new type.");
        ObjectNode contact = info.putObject("contact");
        contact.put("name", "Kim Thanh digital border gate");
        contact.put("url", "https://gate.laocai.vn");
        doc.put("defaultContentType", "application/json");
        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        for (EventCatalogue.Topic topic : catalogue.topics()) {
            channels.set(topic.channelId(), channel(topic));
            operations.set(EventCatalogue.camel(topic.producer()) + "_sends_" + topic.channelId(),
                    operation("send", topic, topic.types(), topic.deadLetter()
                            ? topic.producer() + " parks here a record of " + String.join(", ", readTopics(catalogue, topic))
                                    + " it could not apply."
                            : topic.producer() + " publishes through its transactional outbox.", null));
            for (EventCatalogue.Reader reader : topic.readers()) {
                List<EventType> applies = reader.applies() == null ? topic.types() : reader.applies();
                operations.set(EventCatalogue.camel(reader.service()) + "_receives_" + topic.channelId(),
                        operation("receive", topic, applies, topic.deadLetter()
                                ? reader.service() + " reads it in " + reader.channel() + "."
                                : reader.service() + " reads it on its channel `" + reader.channel() + "`, applies the "
                                        + applies.size() + " types listed, each event once (by `ce_id`), and skips the "
                                        + "other types of the topic.", reader.group()));
            }
        }
        ObjectNode components = doc.putObject("components");
        ObjectNode messages = components.putObject("messages");
        ObjectNode schemas = components.putObject("schemas");
        schemas.set("CloudEventHeaders", cloudEventHeaders());
        for (EventType type : EventType.all()) {
            String name = type.payloadClass().getSimpleName();
            ObjectNode schema = schema(type);
            messages.set(name, message(type, schema.path("description").asText(), keyOf(catalogue, type)));
            schemas.set(name, schema);
        }
        return doc;
    }

    private static ObjectNode channel(EventCatalogue.Topic topic) {
        ObjectNode channel = NODES.objectNode();
        channel.put("address", topic.address());
        channel.put("title", topic.address());
        channel.put("description", topic.description() + " Record key: " + topic.key() + ".");
        ObjectNode messages = channel.putObject("messages");
        topic.types().forEach(t -> messages.set(t.payloadClass().getSimpleName(),
                ref("#/components/messages/" + t.payloadClass().getSimpleName())));
        ObjectNode kafka = channel.putObject("bindings").putObject("kafka");
        kafka.put("topic", topic.address());
        kafka.put("bindingVersion", KAFKA_BINDING);
        return channel;
    }

    private static ObjectNode operation(String action, EventCatalogue.Topic topic, List<EventType> types,
                                        String description, String group) {
        ObjectNode operation = NODES.objectNode();
        operation.put("action", action);
        operation.set("channel", ref("#/channels/" + topic.channelId()));
        operation.put("description", description);
        ArrayNode messages = operation.putArray("messages");
        types.forEach(t -> messages.add(ref("#/channels/" + topic.channelId() + "/messages/"
                + t.payloadClass().getSimpleName())));
        if (group != null) {
            ObjectNode kafka = operation.putObject("bindings").putObject("kafka");
            ObjectNode groupId = kafka.putObject("groupId");
            groupId.put("type", "string");
            groupId.putArray("enum").add(group);
            kafka.put("bindingVersion", KAFKA_BINDING);
        }
        return operation;
    }

    private static ObjectNode message(EventType type, String summary, String key) {
        String name = type.payloadClass().getSimpleName();
        ObjectNode message = NODES.objectNode();
        message.put("name", name);
        message.put("title", type.type());
        message.put("summary", summary);
        message.put("contentType", "application/json");
        ObjectNode headers = message.putObject("headers");
        headers.putArray("allOf").add(ref("#/components/schemas/CloudEventHeaders")).add(typeHeaders(type));
        message.set("payload", ref("#/components/schemas/" + name));
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        ObjectNode keySchema = kafka.putObject("key");
        keySchema.put("type", "string");
        keySchema.put("description", key);
        kafka.put("bindingVersion", KAFKA_BINDING);
        message.put("x-gate-former-type", type.legacyType());
        return message;
    }

    private static ObjectNode typeHeaders(EventType type) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("ce_type").put("const", type.type());
        properties.putObject("ce_dataschema").put("const", type.dataSchema());
        return schema;
    }

    private static ObjectNode cloudEventHeaders() {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        schema.put("description", "CloudEvents 1.0 attributes as Kafka record headers (binary mode).");
        schema.putArray("required").add("ce_specversion").add("ce_id").add("ce_type").add("ce_source")
                .add("content-type");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("ce_specversion").put("const", "1.0");
        header(properties, "ce_id", "A UUID, unique per event; consumers apply each id once.", "uuid");
        header(properties, "ce_type", "`vn.laocai.gate.<context>.<Name>`.", null);
        header(properties, "ce_source", "The publishing service, `https://gate.laocai.vn/<service>`.", "uri");
        header(properties, "ce_subject", "The aggregate id, as the record key.", null);
        header(properties, "ce_time", "When the state change was committed.", "date-time");
        header(properties, "ce_dataschema", "The payload's JSON Schema, `https://gate.laocai.vn/schemas/events/<Name>/1.json`.", "uri");
        properties.putObject("content-type").put("const", "application/json");
        header(properties, "traceparent", "W3C trace context of the change, when it was made within a trace.", null);
        return schema;
    }

    private static void header(ObjectNode properties, String name, String description, String format) {
        ObjectNode header = properties.putObject(name);
        header.put("type", "string");
        if (format != null) {
            header.put("format", format);
        }
        header.put("description", description);
    }

    /** The type's JSON Schema as an AsyncAPI Schema Object: its keywords are all draft-07's too; {@code $schema} goes. */
    static ObjectNode schema(EventType type) {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("No schema at " + type.schemaResource());
            }
            ObjectNode schema = (ObjectNode) JSON.readTree(in);
            schema.remove("$schema");
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String keyOf(EventCatalogue catalogue, EventType type) {
        return catalogue.topics().stream().filter(t -> t.address().equals(type.topic())).findFirst()
                .map(EventCatalogue.Topic::key).orElseThrow();
    }

    private static List<String> readTopics(EventCatalogue catalogue, EventCatalogue.Topic deadLetter) {
        return catalogue.topics().stream()
                .filter(t -> !t.deadLetter() && t.readers().stream().anyMatch(r -> r.service().equals(deadLetter.producer())))
                .map(t -> "`" + t.address() + "`").toList();
    }

    private static ObjectNode ref(String to) {
        ObjectNode ref = NODES.objectNode();
        ref.put("$ref", to);
        return ref;
    }

    static JsonNode read(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
