package vn.laocai.gate.support.partner;

import vn.laocai.gate.support.domain.InvalidValueException;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * One page of a partner agency's read: records whose time falls in {@code [from, until)}, at most
 * {@value #MAX_RANGE_DAYS} days apart, page {@code page} (from 0) of {@code size} records. Without {@code from} and
 * {@code until} the last day; a malformed or out-of-bounds value is a 400 naming its parameter.
 */
public record PartnerQuery(Instant from, Instant until, int page, int size) {

    public static final int MAX_RANGE_DAYS = 31;
    public static final int MAX_PAGE = 10_000;
    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    /** The query of the parameters as given (null when absent), the default range ending at {@code now}. */
    public static PartnerQuery of(String from, String until, int page, int size, Instant now) {
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidValueException("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size", "must be between 1 and " + MAX_SIZE);
        }
        Instant untilAt = instant("until", until);
        Instant fromAt = instant("from", from);
        if (untilAt == null) {
            untilAt = fromAt == null ? now : fromAt.plus(Duration.ofDays(1));
        }
        if (fromAt == null) {
            fromAt = untilAt.minus(Duration.ofDays(1));
        }
        if (!untilAt.isAfter(fromAt)) {
            throw new InvalidValueException("until", "must be after from");
        }
        if (Duration.between(fromAt, untilAt).compareTo(Duration.ofDays(MAX_RANGE_DAYS)) > 0) {
            throw new InvalidValueException("until", "must be at most " + MAX_RANGE_DAYS + " days after from");
        }
        return new PartnerQuery(fromAt, untilAt, page, size);
    }

    /** The first record of the page. */
    public int offset() {
        return page * size;
    }

    /** The filter as the read log keeps it. */
    public String filter() {
        return "from=" + from + "&until=" + until + "&page=" + page + "&size=" + size;
    }

    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be an ISO-8601 instant such as 2026-06-15T00:00:00Z");
        }
    }
}
