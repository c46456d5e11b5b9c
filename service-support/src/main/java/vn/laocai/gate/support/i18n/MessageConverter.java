package vn.laocai.gate.support.i18n;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import vn.laocai.gate.support.domain.Message;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stores a {@link Message} in a text column as JSON ({@code {"key":"notice.no-show","parameters":{...}}}) and reads
 * it back; a text written before messages were kept this way (a sentence) is read as {@code legacy.text} with the
 * sentence as its {@code text}. Applied to every {@code Message} attribute.
 */
@Converter(autoApply = true)
public class MessageConverter implements AttributeConverter<Message, String> {

    /** The key of a text stored as a sentence. */
    public static final String LEGACY = "legacy.text";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> PARAMETERS = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(Message message) {
        if (message == null) {
            return null;
        }
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("key", message.key());
        stored.put("parameters", message.parameters());
        try {
            return JSON.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write message " + message.key(), e);
        }
    }

    @Override
    public Message convertToEntityAttribute(String stored) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith("{\"key\":")) {
            try {
                var tree = JSON.readTree(stored);
                return new Message(tree.get("key").asText(), JSON.convertValue(tree.get("parameters"), PARAMETERS));
            } catch (JsonProcessingException | IllegalArgumentException notAMessage) {
                // a sentence that happens to start like one
            }
        }
        return Message.of(LEGACY).with("text", stored);
    }
}
