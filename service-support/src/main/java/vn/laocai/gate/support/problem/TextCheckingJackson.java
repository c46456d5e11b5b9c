package vn.laocai.gate.support.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import vn.laocai.gate.support.domain.Message;

import java.io.IOException;

/**
 * Every JSON string a service reads, at any depth, map keys included, is checked by {@link Text}: a refused character or a
 * string longer than {@link Text#MAX_JSON_STRING} characters fails the read, and {@link ProblemMappers}
 * answers a 400 problem naming the field's JSON path.
 */
@Singleton
public class TextCheckingJackson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        check(mapper);
    }

    /** Applies the checks to {@code mapper}: for an {@link ObjectMapper} a service makes itself. */
    public static ObjectMapper check(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Text.MAX_JSON_STRING).build());
        return mapper.registerModule(new SimpleModule("text-checking")
                .addDeserializer(String.class, new CheckedStrings())
                .addKeyDeserializer(String.class, new CheckedKeys()));
    }

    /** A JSON string holding a character {@link Text} refuses. */
    public static final class RefusedText extends JsonMappingException {
        private final transient Message reason;

        RefusedText(JsonParser parser, String message, Message reason) {
            super(parser, message);
            this.reason = reason;
        }

        /** Why the string is refused, as a catalogue message. */
        public Message reason() {
            return reason;
        }
    }

    static final class CheckedStrings extends StdScalarDeserializer<String> {
        CheckedStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            Message reason = Text.reason(value);
            if (reason != null) {
                throw new RefusedText(parser, Text.refusal(value), reason);
            }
            return value;
        }
    }

    static final class CheckedKeys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            Message reason = Text.reason(key);
            if (reason != null) {
                throw new RefusedText(context.getParser(), "key: " + Text.refusal(key),
                        Message.of("refused.key", "reason", reason.key()).with(reason.parameters()));
            }
            return key;
        }
    }
}
