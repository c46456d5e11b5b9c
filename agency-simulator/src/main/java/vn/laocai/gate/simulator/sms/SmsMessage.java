package vn.laocai.gate.simulator.sms;

import java.time.Instant;

/**
 * One text message the gateway took in, and what became of it: {@code ACCEPTED}, then {@code DELIVERED}
 * or {@code FAILED} (with a reason) once the handset answered.
 */
public record SmsMessage(String messageId, String to, String text, String encoding, int segments, String clientRef,
                         Instant receivedAt, String status, String reason, Instant completedAt) {

    SmsMessage completed(boolean delivered, Instant at) {
        return new SmsMessage(messageId, to, text, encoding, segments, clientRef, receivedAt, delivered ? "DELIVERED" : "FAILED",
                delivered ? null : "handset unreachable", at);
    }
}
