package vn.laocai.gate.support.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An OpenAPI 3 document read as the bad-input run needs it: its operations, their parameters and the
 * fields of their request bodies (nested objects and arrays included), and a plausible value for each.
 */
final class ApiDocument {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Deep enough for every request of the services; a recursive schema stops here. */
    private static final int MAX_DEPTH = 6;

    /** A path, query or header parameter. */
    record Parameter(String name, String in, JsonNode schema, JsonNode example) {
    }

    /** One step into a body: a property name, or the first element of an array. */
    record Step(String property, JsonNode schema) {
        boolean element() {
            return property == null;
        }
    }

    /** A field of a request body: its steps from the root, and its JSON path as problems name it. */
    record Field(List<Step> steps) {
        JsonNode schema() {
            return steps.get(steps.size() - 1).schema();
        }

        String path() {
            StringBuilder path = new StringBuilder();
            for (Step step : steps) {
                if (step.element()) {
                    path.append("[0]");
                } else {
                    path.append(path.isEmpty() ? "" : ".").append(step.property());
                }
            }
            return path.toString();
        }
    }

    /** An operation; {@code mediaType} is null without a request body. */
    record Operation(String method, String path, List<Parameter> parameters, String mediaType, JsonNode bodySchema,
                     JsonNode bodyExample) {
        String name() {
            return method.toUpperCase() + " " + path;
        }
    }

    private final JsonNode document;

    ApiDocument(JsonNode document) {
        this.document = document;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : iterable(document.path("paths").fields())) {
            for (Map.Entry<String, JsonNode> op : iterable(path.getValue().fields())) {
                if (METHODS.contains(op.getKey())) {
                    operations.add(operation(op.getKey(), path.getKey(), path.getValue(), op.getValue()));
                }
            }
        }
        return operations;
    }

    private Operation operation(String method, String path, JsonNode pathItem, JsonNode op) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), op.path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode parameter = resolve(p);
                JsonNode schema = resolve(parameter.path("schema"));
                parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(), schema,
                        parameter.has("example") ? parameter.get("example") : exampleOf(parameter.path("examples"))));
            }
        }
        JsonNode content = resolve(op.path("requestBody")).path("content");
        if (!content.isObject() || content.isEmpty()) {
            return new Operation(method, path, parameters, null, null, null);
        }
        String mediaType = content.fieldNames().next();
        JsonNode media = content.get(mediaType);
        JsonNode example = media.has("example") ? media.get("example") : exampleOf(media.path("examples"));
        return new Operation(method, path, parameters, mediaType, resolve(media.path("schema")), example);
    }

    /** The first of an OpenAPI {@code examples} map (its {@code value}) or a JSON Schema {@code examples} array. */
    private static JsonNode exampleOf(JsonNode examples) {
        if (examples.isArray() && !examples.isEmpty()) {
            return examples.get(0);
        }
        if (examples.isObject() && !examples.isEmpty()) {
            JsonNode first = examples.elements().next();
            return first.has("value") ? first.get("value") : null;
        }
        return null;
    }

    /** The schema with its {@code $ref} followed (siblings of the reference kept), and the first of an {@code allOf}, {@code oneOf} or {@code anyOf}. */
    JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        for (int i = 0; i < MAX_DEPTH && resolved.isObject(); i++) {
            if (resolved.has("$ref")) {
                JsonNode target = document.at(resolved.get("$ref").asText().substring(1));
                ObjectNode merged = target.isObject() ? ((ObjectNode) target).deepCopy() : NODES.objectNode();
                ObjectNode siblings = ((ObjectNode) resolved).deepCopy();
                siblings.remove("$ref");
                resolved = underlay(merged, siblings);
                continue;
            }
            String combined = resolved.has("allOf") ? "allOf" : resolved.has("oneOf") ? "oneOf" : resolved.has("anyOf") ? "anyOf" : null;
            if (combined == null || !resolved.get(combined).isArray() || resolved.get(combined).isEmpty()) {
                break;
            }
            ObjectNode merged = ((ObjectNode) resolved).deepCopy();
            merged.remove(combined);
            JsonNode first = resolve(resolved.get(combined).get(0));
            first.fields().forEachRemaining(e -> merged.putIfAbsent(e.getKey(), e.getValue()));
            resolved = merged;
        }
        return resolved;
    }

    /** {@code schema} with what {@code siblings} adds to it, at any depth; what {@code schema} says is kept. */
    private static ObjectNode underlay(ObjectNode schema, ObjectNode siblings) {
        siblings.fields().forEachRemaining(e -> {
            JsonNode own = schema.get(e.getKey());
            if (own == null) {
                schema.set(e.getKey(), e.getValue());
            } else if (own instanceof ObjectNode ownObject && e.getValue() instanceof ObjectNode added) {
                underlay(ownObject, added);
            }
        });
        return schema;
    }

    /** The schema's type: its {@code type} (the first but null, in OpenAPI 3.1), or what its keywords imply. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : schema.has("enum") ? "string" : "object";
    }

    /** Every field of a body of {@code schema}, depth first; an array's elements are reached through its first. */
    List<Field> fields(JsonNode schema) {
        List<Field> fields = new ArrayList<>();
        collect(resolve(schema), new ArrayList<>(), fields);
        return fields;
    }

    private void collect(JsonNode schema, List<Step> steps, List<Field> fields) {
        if (steps.size() >= MAX_DEPTH) {
            return;
        }
        String type = type(schema);
        if (type.equals("object")) {
            for (Map.Entry<String, JsonNode> property : iterable(schema.path("properties").fields())) {
                List<Step> next = new ArrayList<>(steps);
                next.add(new Step(property.getKey(), resolve(property.getValue())));
                fields.add(new Field(next));
                collect(next.get(next.size() - 1).schema(), next, fields);
            }
        } else if (type.equals("array") && schema.has("items")) {
            List<Step> next = new ArrayList<>(steps);
            next.add(new Step(null, resolve(schema.get("items"))));
            collect(next.get(next.size() - 1).schema(), next, fields);
        }
    }

    /** A value of {@code schema}: its example, default or first enumerated value, else one made from its type and format. */
    JsonNode value(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        JsonNode example = resolved.has("example") ? resolved.get("example") : exampleOf(resolved.path("examples"));
        if (example != null && !example.isNull()) {
            return example;
        }
        if (resolved.has("default")) {
            return resolved.get("default");
        }
        if (resolved.path("enum").isArray() && !resolved.path("enum").isEmpty()) {
            return resolved.get("enum").get(0);
        }
        return switch (type(resolved)) {
            case "integer", "number" -> NODES.numberNode(Math.max(1, resolved.path("minimum").asInt(1)));
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < MAX_DEPTH && resolved.has("items")) {
                    array.add(value(resolved.get("items"), depth + 1));
                }
                yield array;
            }
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < MAX_DEPTH) {
                    for (Map.Entry<String, JsonNode> property : iterable(resolved.path("properties").fields())) {
                        object.set(property.getKey(), value(property.getValue(), depth + 1));
                    }
                }
                yield object;
            }
            default -> NODES.textNode(switch (resolved.path("format").asText()) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date" -> LocalDate.now().plusDays(1).toString();
                case "date-time" -> java.time.Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
                default -> "x";
            });
        };
    }

    private static <T> Iterable<T> iterable(Iterator<T> iterator) {
        return () -> iterator;
    }
}
