package vn.laocai.gate.customs.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One answer of customs about a handed-off declaration, however it arrived (callback or polling).
 * {@code messageId} is the agency's unique id of the answer; {@code channel} is required for a
 * channel assignment and optional on a release.
 */
public record CustomsAnswer(String messageId, String agencyReference, Type type, CustomsChannel channel,
                            Instant occurredAt) {

    public enum Type {
        CHANNEL_ASSIGNED, RELEASED
    }

    public CustomsAnswer {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(agencyReference, "agencyReference");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (type == Type.CHANNEL_ASSIGNED && channel == null) {
            throw new IllegalArgumentException("A channel assignment names its channel");
        }
    }
}
