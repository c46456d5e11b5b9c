package vn.laocai.gate.support.opendata;

import vn.laocai.gate.support.domain.InvalidValueException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The day an open dataset is of: a whole local day of the border gate ({@link #ZONE}), from {@link #FIRST} to
 * yesterday; yesterday when none is asked. A malformed or out-of-bounds day is a 400 naming {@code day}.
 */
public record OpenDay(LocalDate day) {

    /** The gate's time zone: a dataset's day runs from midnight to midnight here. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The first day any dataset is published for. */
    public static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

    public static OpenDay of(String day, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        if (day == null || day.isBlank()) {
            return new OpenDay(today.minusDays(1));
        }
        LocalDate parsed;
        try {
            parsed = LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("day", "must be a day such as 2026-06-15").saying("open-day-format");
        }
        if (parsed.isBefore(FIRST) || !parsed.isBefore(today)) {
            throw new InvalidValueException("day", "must be a whole day from " + FIRST + " to yesterday (" + ZONE + ")")
                    .saying("open-day-range", "first", FIRST);
        }
        return new OpenDay(parsed);
    }

    /** Midnight starting the day. */
    public Instant start() {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** Midnight ending the day. */
    public Instant end() {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }
}
