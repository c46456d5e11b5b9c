package vn.laocai.gate.customs.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One answer of an agency system about a handoff, however it arrived (callback or polling).
 * {@code messageId} is the agency's unique id of the message; the other fields are filled as the
 * type requires: {@code channel} for a channel assignment, {@code result} (PASSED | FAILED) for an
 * inspection, {@code outcome} for quarantine (PASS | FAIL | SAMPLE | TREATMENT) and border checks
 * (CLEARED | REFUSED), {@code valid} for a certificate verification, {@code reason} for refusals.
 */
public record AgencyAnswer(String messageId, String agencyReference, Type type, CustomsChannel channel,
                           String result, String outcome, Boolean valid, String reason, String remarks,
                           String certificateNumber, Instant occurredAt) {

    /** What an answer says; each type comes from one agency system. */
    public enum Type {
        CHANNEL_ASSIGNED(AgencySystem.VNACCS),
        INSPECTION_COMPLETED(AgencySystem.VNACCS),
        RELEASED(AgencySystem.VNACCS),
        REJECTED(AgencySystem.VNACCS),
        CERTIFICATE_VERIFIED(AgencySystem.NSW),
        QUARANTINE_DECIDED(AgencySystem.QUARANTINE),
        BORDER_CHECKED(AgencySystem.BORDER_GUARD);

        private final AgencySystem system;

        Type(AgencySystem system) {
            this.system = system;
        }

        public AgencySystem system() {
            return system;
        }
    }

    public AgencyAnswer {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(agencyReference, "agencyReference");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** The name of a required field this answer lacks for its type, if any. */
    public java.util.Optional<String> missingField() {
        String missing = switch (type) {
            case CHANNEL_ASSIGNED -> channel == null ? "channel" : null;
            case INSPECTION_COMPLETED -> result == null || !(result.equals("PASSED") || result.equals("FAILED"))
                    ? "result" : null;
            case CERTIFICATE_VERIFIED -> valid == null ? "valid" : null;
            case QUARANTINE_DECIDED -> outcome == null || !QuarantineOutcome.known(outcome) ? "outcome" : null;
            case BORDER_CHECKED -> outcome == null || !(outcome.equals("CLEARED") || outcome.equals("REFUSED"))
                    ? "outcome" : null;
            case REJECTED -> reason == null || reason.isBlank() ? "reason" : null;
            case RELEASED -> null;
        };
        return java.util.Optional.ofNullable(missing);
    }

    /** The decision of a QUARANTINE_DECIDED answer. */
    public QuarantineOutcome quarantineOutcome() {
        return QuarantineOutcome.valueOf(outcome);
    }

    public static AgencyAnswer channelAssigned(String messageId, String reference, CustomsChannel channel, Instant at) {
        return new AgencyAnswer(messageId, reference, Type.CHANNEL_ASSIGNED, channel, null, null, null, null, null, null, at);
    }

    public static AgencyAnswer released(String messageId, String reference, Instant at) {
        return new AgencyAnswer(messageId, reference, Type.RELEASED, null, null, null, null, null, null, null, at);
    }

    public static AgencyAnswer inspected(String messageId, String reference, String result, String remarks, Instant at) {
        return new AgencyAnswer(messageId, reference, Type.INSPECTION_COMPLETED, null, result, null, null, null, remarks,
                null, at);
    }
}
