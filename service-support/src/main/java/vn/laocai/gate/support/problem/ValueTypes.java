package vn.laocai.gate.support.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import vn.laocai.gate.support.domain.InvalidValueException;
import vn.laocai.gate.support.domain.Message;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a value must be to be read as a Java type, said to the person who sent another: a JSON field or a
 * path or query parameter of the wrong type ({@code "abc"} where a number goes, an object where a text goes,
 * a constant the enum does not have). {@code refused.type.<kind>} in the catalogues, with the enum's
 * constants as {@code values}.
 */
final class ValueTypes {

    private ValueTypes() {
    }

    /** What {@code type} takes, as a catalogue message. */
    static Message expected(Class<?> type) {
        if (type == null) {
            return Message.of("refused.type.value");
        }
        if (type.isEnum()) {
            return Message.of("refused.type.enum", "values", Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
        }
        return Message.of("refused.type." + kind(type));
    }

    /** The same in English, as the code says it when the catalogue cannot. */
    static String english(Class<?> type) {
        if (type != null && type.isEnum()) {
            return "must be one of " + expected(type).parameters().get("values");
        }
        return switch (type == null ? "value" : kind(type)) {
            case "integer" -> "must be a whole number";
            case "number" -> "must be a number";
            case "boolean" -> "must be true or false";
            case "text" -> "must be a text";
            case "list" -> "must be a list";
            case "object" -> "must be an object";
            case "instant" -> "must be an ISO-8601 instant such as 2026-06-15T08:00:00Z";
            case "date" -> "must be a date such as 2026-06-15";
            case "date-time" -> "must be a date and time such as 2026-06-15T08:00";
            case "time" -> "must be a time of day such as 08:30";
            case "duration" -> "must be an ISO-8601 duration such as PT30M";
            case "uuid" -> "must be an identifier such as 3f2b8c1e-7a4d-4c2b-9e61-0d5a8b7c6e21";
            default -> "is not a value this field takes";
        };
    }

    /** Why a JSON read failed on one field, as a catalogue message: the field's own refusal, else its type's. */
    static Message reason(JsonMappingException e) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof InvalidValueException invalid && invalid.message() != null) {
                return invalid.message();
            }
        }
        return expected(e instanceof MismatchedInputException m ? m.getTargetType() : null);
    }

    /** The same in English. */
    static String english(JsonMappingException e) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof InvalidValueException invalid) {
                return invalid.reason();
            }
        }
        return english(e instanceof MismatchedInputException m ? m.getTargetType() : null);
    }

    private static String kind(Class<?> type) {
        if (type == int.class || type == long.class || type == short.class || type == byte.class || type == Integer.class
                || type == Long.class || type == Short.class || type == Byte.class || type == BigInteger.class) {
            return "integer";
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class
                || type == BigDecimal.class || type == Number.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "list";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "instant";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == LocalDateTime.class) {
            return "date-time";
        }
        if (type == LocalTime.class) {
            return "time";
        }
        if (type == Duration.class) {
            return "duration";
        }
        if (type == UUID.class) {
            return "uuid";
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return "object";
        }
        return "value";
    }
}
