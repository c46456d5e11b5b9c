package vn.laocai.gate.clearance.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What an officer's signature covers: case, step, decision, reason, time and officer, as one canonical JSON text
 * (RFC 8785's rules for these values: members sorted by name, no whitespace, strings escaped as JSON requires and
 * nothing more, the reason {@code null} when none was given, the time in UTC to the millisecond). Two parties that
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

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
