package vn.laocai.gate.support.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.laocai.gate.support.badinput.ApiDocument.Field;
import vn.laocai.gate.support.badinput.ApiDocument.Operation;
import vn.laocai.gate.support.badinput.ApiDocument.Parameter;
import vn.laocai.gate.support.badinput.ApiDocument.Step;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bad requests of one operation: one per (parameter or field, kind of bad value), and one too large a body. */
final class BadRequests {

    /** What is wrong with the value. */
    enum Kind {
        NUL, CONTROL, LONG, HUGE_ARRAY, WRONG_TYPE, BIG_BODY,
        /** A constant the field's enum does not have. */
        UNKNOWN_CONSTANT,
        /** A JSON body cut short: the framework's parser refuses it. */
        MALFORMED_JSON,
        /** A body in a media type the operation does not take. */
        MEDIA_TYPE,
        /** A method the path does not answer. */
        WRONG_METHOD,
        /** An answer asked for in a media type the operation does not give. */
        NOT_ACCEPTABLE,
        /** A path under /api/ that nothing serves. */
        UNKNOWN_PATH
    }

    /**
     * A request: {@code field} is the parameter or JSON path at fault (null for the whole body);
     * {@code bounded} says the fault is over a bound the document states; {@code method} and {@code accept},
     * when not null, replace the operation's method and the default {@code Accept}; {@code expected}, when not
     * 0, is the only status the answer may have.
     */
    record Bad(String field, Kind kind, boolean bounded, String uri, String contentType, byte[] body,
               String method, String accept, int expected) {
        Bad(String field, Kind kind, boolean bounded, String uri, String contentType, byte[] body) {
            this(field, kind, bounded, uri, contentType, body, null, null, 0);
        }
    }

    static final String NUL = "bad\u0000value";
    static final String CONTROL = "bad\u0007value";
    static final int UNBOUNDED_STRING = 100_000;
    static final int UNBOUNDED_ARRAY = 10_000;
    static final int BIG_BODY = 2 * 1024 * 1024;
    private static final String BOUNDARY = "bad-input-boundary";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiDocument document;
    private final Operation operation;

    BadRequests(ApiDocument document, Operation operation) {
        this.document = document;
        this.operation = operation;
    }

    /** The request with every value as the document shows it: to find a role the operation allows. */
    Bad baseline() {
        return new Bad(null, null, false, uri(null, null), contentType(), body(base()));
    }

    List<Bad> all() {
        List<Bad> bad = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path") || parameter.in().equals("query")) {
                parameterValues(parameter).forEach((kind, value) -> bad.add(new Bad(parameter.name(), kind,
                        kind == Kind.LONG && parameter.schema().has("maxLength"), uri(parameter, value),
                        contentType(), body(base()))));
            }
        }
        if (operation.mediaType() == null) {
            return bad;
        }
        JsonNode base = base();
        for (Field field : document.fields(operation.bodySchema())) {
            fieldValues(field).forEach((kind, value) -> bad.add(new Bad(field.path(), kind,
                    kind == Kind.LONG && field.schema().has("maxLength") || kind == Kind.HUGE_ARRAY && field.schema().has("maxItems")
                            || kind == Kind.UNKNOWN_CONSTANT,
                    uri(null, null), contentType(), body(with(base, field.steps(), value)))));
        }
        bad.add(new Bad(null, Kind.BIG_BODY, true, uri(null, null), contentType(), bigBody(base)));
        if (!isMultipart()) {
            bad.add(new Bad(null, Kind.MALFORMED_JSON, false, uri(null, null), contentType(),
                    "{\"cut\": [1, ".getBytes(StandardCharsets.US_ASCII), null, null, 400));
        }
        bad.add(new Bad(null, Kind.MEDIA_TYPE, false, uri(null, null), "text/plain", "plain text".getBytes(StandardCharsets.US_ASCII),
                null, null, 415));
        return bad;
    }

    /** The same operation called with {@code method}, which its path does not answer: a 405. */
    Bad wrongMethod(String method) {
        return new Bad(null, Kind.WRONG_METHOD, false, uri(null, null), null, null, method, null, 405);
    }

    /** The operation asked for an image, which no operation gives: a 406. */
    Bad notAcceptable() {
        return new Bad(null, Kind.NOT_ACCEPTABLE, false, uri(null, null), contentType(), body(base()), null, "image/png", 406);
    }

    private JsonNode base() {
        if (operation.mediaType() == null) {
            return null;
        }
        JsonNode example = operation.bodyExample();
        return example != null ? example : document.value(operation.bodySchema(), 0);
    }

    private Map<Kind, String> parameterValues(Parameter parameter) {
        Map<Kind, String> values = new LinkedHashMap<>();
        values.put(Kind.NUL, NUL);
        values.put(Kind.CONTROL, CONTROL);
        values.put(Kind.LONG, "A".repeat(parameter.schema().has("maxLength")
                ? parameter.schema().get("maxLength").asInt() + 1 : UNBOUNDED_STRING));
        JsonNode schema = parameter.schema();
        if (!ApiDocument.type(schema).equals("string") || schema.has("format") || schema.has("enum")) {
            values.put(Kind.WRONG_TYPE, "not-a-value");
        }
        return values;
    }

    private Map<Kind, JsonNode> fieldValues(Field field) {
        JsonNode schema = field.schema();
        String type = ApiDocument.type(schema);
        Map<Kind, JsonNode> values = new LinkedHashMap<>();
        boolean file = "binary".equals(schema.path("format").asText());
        if (type.equals("string")) {
            values.put(Kind.NUL, NODES.textNode(NUL));
            values.put(Kind.CONTROL, NODES.textNode(CONTROL));
            if (!file) {
                values.put(Kind.LONG, NODES.textNode("A".repeat(schema.has("maxLength")
                        ? schema.get("maxLength").asInt() + 1 : UNBOUNDED_STRING)));
            }
        }
        if (type.equals("array")) {
            ArrayNode huge = NODES.arrayNode();
            JsonNode element = document.value(schema.path("items"), 1);
            int items = schema.has("maxItems") ? schema.get("maxItems").asInt() + 1 : UNBOUNDED_ARRAY;
            for (int i = 0; i < items; i++) {
                huge.add(element);
            }
            values.put(Kind.HUGE_ARRAY, huge);
        }
        if (type.equals("string") && schema.has("enum") && !isMultipart()) {
            values.put(Kind.UNKNOWN_CONSTANT, NODES.textNode("NO_SUCH_CONSTANT"));
        }
        if (!file && !isMultipart()) {
            values.put(Kind.WRONG_TYPE, switch (type) {
                case "string" -> NODES.objectNode().put("wrong", "type");
                case "array" -> NODES.textNode("not-an-array");
                case "object" -> NODES.textNode("not-an-object");
                default -> NODES.textNode("not-a-" + type);
            });
        }
        return values;
    }

    /** A copy of {@code base} with {@code value} at {@code steps}, making the objects and arrays on the way. */
    private JsonNode with(JsonNode base, List<Step> steps, JsonNode value) {
        JsonNode root = base.deepCopy();
        JsonNode parent = root;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            boolean last = i == steps.size() - 1;
            JsonNode child = last ? value : child(parent, step);
            if (!last && !(child != null && child.isContainerNode())) {
                child = document.value(step.schema(), 1);
                if (!child.isContainerNode()) {
                    return root;
                }
            }
            if (step.element() && parent instanceof ArrayNode array) {
                if (array.isEmpty()) {
                    array.add(child);
                } else {
                    array.set(0, child);
                }
            } else if (!step.element() && parent instanceof ObjectNode object) {
                object.set(step.property(), child);
            } else {
                return root;
            }
            parent = child;
        }
        return root;
    }

    private static JsonNode child(JsonNode parent, Step step) {
        return step.element() ? (parent.isArray() && !parent.isEmpty() ? parent.get(0) : null) : parent.get(step.property());
    }

    private byte[] bigBody(JsonNode base) {
        if (isMultipart()) {
            ObjectNode form = base.isObject() ? ((ObjectNode) base).deepCopy() : NODES.objectNode();
            return multipart(form, "A".repeat(BIG_BODY).getBytes(StandardCharsets.US_ASCII));
        }
        ArrayNode padding = NODES.arrayNode();
        String chunk = "A".repeat(1_000);
        for (int i = 0; i * chunk.length() < BIG_BODY; i++) {
            padding.add(chunk);
        }
        return body(NODES.objectNode().set("padding", padding));
    }

    private boolean isMultipart() {
        return operation.mediaType() != null && operation.mediaType().startsWith("multipart/");
    }

    private byte[] body(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (isMultipart()) {
            return multipart(value, "%PDF-1.4\n%bad input\n".getBytes(StandardCharsets.US_ASCII));
        }
        try {
            return JSON.writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    String contentType() {
        return isMultipart() ? "multipart/form-data; boundary=" + BOUNDARY : operation.mediaType();
    }

    /** The form's text fields as parts; a field the schema gives as binary is a file, its value the file name. */
    private byte[] multipart(JsonNode form, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonNode properties = operation.bodySchema().path("properties");
        form.fields().forEachRemaining(e -> {
            boolean binary = "binary".equals(document.resolve(properties.path(e.getKey())).path("format").asText());
            String name = binary && e.getValue().isTextual() && !e.getValue().asText().equals("x") ? e.getValue().asText() : "document.pdf";
            StringBuilder head = new StringBuilder("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"");
            if (binary) {
                head.append("; filename=\"").append(name).append("\"\r\nContent-Type: application/pdf");
            }
            out.writeBytes(head.append("\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(binary ? file : e.getValue().asText().getBytes(StandardCharsets.UTF_8));
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        });
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** The operation's URI with every path parameter and required query parameter, {@code bad} holding {@code value}. */
    private String uri(Parameter bad, String value) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (Parameter parameter : operation.parameters()) {
            boolean isBad = parameter == bad;
            String v = isBad ? value : text(parameter.example() != null ? parameter.example() : document.value(parameter.schema(), 0));
            if (parameter.in().equals("path")) {
                path = path.replace("{" + parameter.name() + "}", encode(v));
            } else if (parameter.in().equals("query") && (isBad || parameter.example() != null)) {
                query.append(query.isEmpty() ? "?" : "&").append(encode(parameter.name())).append('=').append(encode(v));
            }
        }
        return path + query;
    }

    private static String text(JsonNode value) {
        // a repeated query parameter's example is an array: one of its values is sent
        if (value.isArray() && !value.isEmpty()) {
            return text(value.get(0));
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /** Percent-encodes every byte but the unreserved characters of RFC 3986. */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }
}
