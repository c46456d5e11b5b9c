package vn.laocai.gate.support.export;

import vn.laocai.gate.support.domain.InvalidValueException;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A period [from, to) a read is asked for: both ISO-8601 instants, {@code to} after {@code from}, at most
 * {@link #LONGEST} long. Neither given: no period (everything). A bad one is a 400 naming the parameter.
 */
public record Period(Instant from, Instant to) {

    /** The longest period a read covers. */
    public static final Duration LONGEST = Duration.ofDays(366);

    /** The period of two query parameters {@code from} and {@code to}; null when both are absent. */
    public static Period parse(String from, String to) {
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (start == null && end == null) {
            return null;
        }
        if (start == null) {
            throw new InvalidValueException("from", "is needed with to").saying("period-from-missing");
        }
        if (end == null) {
            throw new InvalidValueException("to", "is needed with from").saying("period-to-missing");
        }
        if (!end.isAfter(start)) {
            throw new InvalidValueException("to", "must be after from").saying("period-order");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new InvalidValueException("to", "must be at most 366 days after from").saying("period-too-long");
        }
        return new Period(start, end);
    }

    /** An ISO-8601 instant of a query parameter; null when absent; a 400 naming {@code field} when malformed. */
    public static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be an ISO-8601 instant such as 2026-06-15T00:00:00Z").saying("period-instant");
        }
    }
}
