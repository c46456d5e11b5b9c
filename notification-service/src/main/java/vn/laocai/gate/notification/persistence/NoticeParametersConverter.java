package vn.laocai.gate.notification.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import vn.laocai.gate.notification.domain.NoticeParameters;
import vn.laocai.gate.notification.domain.NoticeTexts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A notice's parameters as JSON text in {@code notice.parameters}: a text as a JSON string, null as null, and each typed
 * value as an object saying its type: {@code {"instant": "2026-06-15T07:00:00Z"}}, {@code {"vnd": 4000000}},
 * {@code {"term": "document", "code": "INVOICE"}}, {@code {"terms": "document", "codes": [...]}},
 * {@code {"phrase": "<key>", "parameters": {...}}}.
 */
@Converter(autoApply = true)
public class NoticeParametersConverter implements AttributeConverter<NoticeParameters, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public String convertToDatabaseColumn(NoticeParameters parameters) {
        return parameters == null ? null : encode(parameters.values()).toString();
    }

    @Override
    public NoticeParameters convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        try {
            return new NoticeParameters(decode(JSON.readTree(column)));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable notice parameters", e);
        }
    }

    private static ObjectNode encode(Map<String, ?> values) {
        ObjectNode object = NODES.objectNode();
        values.forEach((name, value) -> object.set(name, encode(value)));
        return object;
    }

    private static JsonNode encode(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Instant instant) {
            return NODES.objectNode().put("instant", instant.toString());
        }
        if (value instanceof NoticeTexts.Money money) {
            return NODES.objectNode().put("vnd", money.vnd());
        }
        if (value instanceof NoticeTexts.Term term) {
            return NODES.objectNode().put("term", term.group()).put("code", term.code());
        }
        if (value instanceof NoticeTexts.Terms terms) {
            ObjectNode node = NODES.objectNode().put("terms", terms.group());
            ArrayNode codes = node.putArray("codes");
            terms.codes().forEach(codes::add);
            return node;
        }
        if (value instanceof NoticeTexts.Phrase phrase) {
            ObjectNode node = NODES.objectNode().put("phrase", phrase.key());
            node.set("parameters", encode(phrase.parameters()));
            return node;
        }
        return NODES.textNode(String.valueOf(value));
    }

    private static Map<String, Object> decode(JsonNode object) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            values.put(field.getKey(), decodeValue(field.getValue()));
        }
        return values;
    }

    private static Object decodeValue(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            return node.asText();
        }
        if (node.has("instant")) {
            return Instant.parse(node.get("instant").asText());
        }
        if (node.has("vnd")) {
            return new NoticeTexts.Money(node.get("vnd").asLong());
        }
        if (node.has("term")) {
            return new NoticeTexts.Term(node.get("term").asText(), node.path("code").asText());
        }
        if (node.has("terms")) {
            List<String> codes = new ArrayList<>();
            node.path("codes").forEach(code -> codes.add(code.asText()));
            return new NoticeTexts.Terms(node.get("terms").asText(), codes);
        }
        if (node.has("phrase")) {
            return new NoticeTexts.Phrase(node.get("phrase").asText(), decode(node.path("parameters")));
        }
        throw new IllegalArgumentException("Unknown notice parameter: " + node);
    }
}
