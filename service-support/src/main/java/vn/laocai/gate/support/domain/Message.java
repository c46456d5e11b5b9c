package vn.laocai.gate.support.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text a person reads, kept as a catalogue key and its parameters rather than as a sentence: each
 * reader gets it in their language ({@code support.i18n.Catalogue}). Parameter values are plain text
 * (an instant as ISO-8601, a code as the code); the catalogue's message says how to show each one.
 */
public record Message(String key, Map<String, String> parameters) {

    public Message {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public static Message of(String key) {
        return new Message(key, Map.of());
    }

    /** The message of {@code key} with parameters given as names and values in turn ({@code "plate", "24C-123.45"}). */
    public static Message of(String key, Object... namesAndValues) {
        Message message = of(key);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            message = message.with(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return message;
    }

    /** This message with one more parameter; a null value stays null (the catalogue says "unknown"). */
    public Message with(String name, Object value) {
        Map<String, String> more = new LinkedHashMap<>(parameters);
        more.put(name, value == null ? null : String.valueOf(value));
        return new Message(key, more);
    }

    /** This message with more parameters. */
    public Message with(Map<String, ?> values) {
        Message message = this;
        for (Map.Entry<String, ?> value : values.entrySet()) {
            message = message.with(value.getKey(), value.getValue());
        }
        return message;
    }
}
