package vn.laocai.gate.clearance.domain;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What an officer's signature covers: case, step, decision, reason, time and officer, as one canonical JSON text
 * (RFC 8785's rules for these values: members sorted by name, no whitespace, strings escaped as JSON requires and
 * nothing more (control characters as Jackson writes them), the reason {@code null} when none was given, the time in UTC to the millisecond). Two parties that
 * hold the same decision produce the same bytes, so a signature made by one is checked by the other.
 */
public record CanonicalDecision(UUID caseId, String step, String decision, String reason, Instant time, String officer) {

    public CanonicalDecision {
        time = time.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The canonical JSON text. */
    public String json() {
        return "{\"case\":" + quoted(caseId.toString()) + ",\"decision\":" + quoted(decision) + ",\"officer\":" + quoted(officer)
                + ",\"reason\":" + (reason == null ? "null" : quoted(reason)) + ",\"step\":" + quoted(step)
                + ",\"time\":" + quoted(time.toString()) + "}";
    }

    /** The bytes signed: the canonical JSON in UTF-8. */
    public byte[] bytes() {
        return json().getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON string: quotes, backslashes and control characters escaped (Jackson's encoder), nothing else. */
    private static String quoted(String s) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + '"';
    }
}
