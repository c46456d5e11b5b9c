package vn.laocai.gate.events.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.EventType;
import vn.laocai.gate.events.Topics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The AsyncAPI document ({@code event-contracts/asyncapi.yaml}) and the topic tables of the READMEs are what
 * the catalogue gives: when a type, a topic or a service's inbound channel changes, this fails until they are
 * written again with {@code -Dgate.catalogue.write=true} (the test then writes them and passes).
 */
class EventCatalogueTest {

    private static final boolean WRITE = Boolean.getBoolean("gate.catalogue.write");
    private static final String HOW = " is not what the catalogue gives: run ./mvnw -B -ntp -pl event-contracts verify "
            + "-Dtest=EventCatalogueTest -Dgate.catalogue.write=true and commit the result";
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path ROOT = MODULE.getParent();
    private static final Path DOCUMENT = MODULE.resolve("asyncapi.yaml");
    private static final List<Path> READMES = List.of(ROOT.resolve("README.md"), MODULE.resolve("README.md"));

    private final EventCatalogue catalogue = EventCatalogue.of(ROOT);

    /** With {@code -Dgate.catalogue.write=true}: writes the document and the tables before any test reads them. */
    @BeforeAll
    static void write_when_asked() throws IOException {
        if (!WRITE) {
            return;
        }
        EventCatalogue catalogue = EventCatalogue.of(ROOT);
        Files.writeString(DOCUMENT, AsyncApiDocument.yaml(catalogue), StandardCharsets.UTF_8);
        String table = TopicTable.markdown(catalogue);
        for (Path readme : READMES) {
            Files.writeString(readme, TopicTable.replaceIn(Files.readString(readme, StandardCharsets.UTF_8), table),
                    StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_checked_in_asyncapi_document_is_the_one_the_catalogue_gives() throws IOException {
        String expected = AsyncApiDocument.yaml(catalogue);
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8)).as(DOCUMENT + HOW).isEqualTo(expected);
    }

    @Test
    void the_checked_in_document_lists_every_type_and_topic_and_nothing_else() throws IOException {
        JsonNode doc = AsyncApiDocument.read(Files.readString(DOCUMENT, StandardCharsets.UTF_8));

        Set<String> addresses = new HashSet<>();
        doc.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
        Set<String> topics = new HashSet<>(Topics.all());
        catalogue.topics().stream().filter(EventCatalogue.Topic::deadLetter).forEach(t -> topics.add(t.address()));
        assertThat(addresses).as("channels of " + DOCUMENT).containsExactlyInAnyOrderElementsOf(topics);

        Set<String> types = new HashSet<>();
        doc.path("components").path("messages").forEach(m -> types.add(m.path("title").asText()));
        assertThat(types).as("messages of " + DOCUMENT)
                .containsExactlyInAnyOrderElementsOf(EventType.all().stream().map(EventType::type).toList());
        for (EventType type : EventType.all()) {
            String name = type.payloadClass().getSimpleName();
            assertThat(doc.at("/channels/" + EventCatalogue.camel(type.topic()) + "/messages/" + name + "/$ref").asText())
                    .as(type.type() + " on its channel").isEqualTo("#/components/messages/" + name);
            assertThat(doc.at("/components/schemas/" + name + "/$id").asText()).isEqualTo(type.dataSchema());
        }
    }

    @Test
    void every_service_that_reads_a_topic_has_its_receive_operation() throws IOException {
        JsonNode operations = AsyncApiDocument.read(Files.readString(DOCUMENT, StandardCharsets.UTF_8)).path("operations");
        List<String> readers = new ArrayList<>();
        for (ServiceChannels service : catalogue.services()) {
            for (ServiceChannels.Incoming in : service.incoming()) {
                String id = EventCatalogue.camel(service.service()) + "_receives_" + EventCatalogue.camel(in.topic());
                readers.add(id);
                assertThat(operations.path(id).path("action").asText()).as(id + " in " + DOCUMENT).isEqualTo("receive");
                assertThat(operations.at("/" + id + "/bindings/kafka/groupId/enum/0").asText()).isEqualTo(in.group());
            }
        }
        // customs-adapter reads the booking topic too, as the README's old table did not say
        assertThat(readers).contains("customsAdapter_receives_queueBookingEvents",
                "clearanceService_receives_queueBookingEvents", "notificationService_receives_queueBookingEvents",
                "customsAdapter_receives_queueBorderGuardEvents");
        assertThat(readers).noneMatch(r -> r.endsWith("_receives_queueBorderGuardEvents") && !r.startsWith("customsAdapter"));
        // the types a receive operation lists are those the service's EventHandlers apply
        List<String> applied = new ArrayList<>();
        operations.path("customsAdapter_receives_queueBookingEvents").path("messages")
                .forEach(m -> applied.add(m.path("$ref").asText().replaceAll(".*/", "")));
        assertThat(applied).containsExactlyInAnyOrder("CrossingBooked", "BookingAmended");
    }

    @Test
    void a_service_handling_a_type_of_a_topic_it_does_not_read_is_refused() {
        ServiceChannels reader = catalogue.services().get(0);
        ServiceChannels wrong = new ServiceChannels(reader.service(), List.of(), Set.of("CrossingBooked"));
        assertThatThrownBy(() -> EventCatalogue.of(List.of(wrong))).hasMessageContaining("reads no channel of");
    }

    @Test
    void the_document_is_valid_asyncapi_3() throws IOException {
        JsonNode doc = AsyncApiDocument.read(Files.readString(DOCUMENT, StandardCharsets.UTF_8));
        try (InputStream in = getClass().getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            Set<ValidationMessage> violations = schema.validate(doc);
            assertThat(violations).as("AsyncAPI 3.0.0 violations of " + DOCUMENT).isEmpty();
        }
    }

    @Test
    void the_asyncapi_schema_refuses_a_broken_document() throws IOException {
        JsonNode doc = AsyncApiDocument.tree(catalogue);
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.path("operations").elements().next()).put("action", "publish");
        try (InputStream in = getClass().getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            assertThat(schema.validate(doc)).isNotEmpty();
        }
    }

    @Test
    void the_topic_tables_of_the_readmes_are_the_ones_the_catalogue_gives() throws IOException {
        String table = TopicTable.markdown(catalogue);
        for (Path readme : READMES) {
            String text = Files.readString(readme, StandardCharsets.UTF_8);
            String expected = TopicTable.replaceIn(text, table);
            assertThat(text).as("the topic table of " + readme + HOW).isEqualTo(expected);
        }
    }

    @Test
    void the_catalogue_lists_every_type_on_its_topic_and_no_other() throws IOException {
        String text = Files.readString(MODULE.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher rows = Pattern.compile("(?m)^\\| `(vn\\.laocai\\.gate\\.[a-z]+\\.[A-Za-z]+)` \\| ([a-z.-]+) \\|").matcher(text);
        Set<String> listed = new TreeSet<>();
        while (rows.find()) {
            listed.add(rows.group(1) + " on " + rows.group(2));
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(
                EventType.all().stream().map(t -> t.type() + " on " + t.topic()).toList());
    }

    @Test
    void the_payload_schemas_use_only_keywords_draft_07_shares_with_2020_12() {
        Set<String> keywords = new TreeSet<>();
        EventType.all().forEach(t -> collect(AsyncApiDocument.schema(t), keywords));
        assertThat(keywords).isSubsetOf("$id", "title", "description", "type", "properties", "required",
                "additionalProperties", "items", "enum", "const", "format", "pattern", "minLength", "maxLength",
                "minimum", "maximum", "exclusiveMinimum", "minItems", "maxItems");
    }

    private static void collect(JsonNode schema, Set<String> keywords) {
        schema.fieldNames().forEachRemaining(keywords::add);
        schema.path("properties").forEach(p -> collect(p, keywords));
        if (schema.path("items").isObject()) {
            collect(schema.path("items"), keywords);
        }
        if (schema.path("additionalProperties").isObject()) {
            collect(schema.path("additionalProperties"), keywords);
        }
    }
}
