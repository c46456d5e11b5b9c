package vn.laocai.gate.notification.application;

/** Sends text messages through an SMS gateway (the agency simulator's stands in locally). */
public interface SmsGateway {

    /** What the gateway answered: its message id and the segments it counted. */
    record Accepted(String messageId, int segments) {
    }

    /**
     * Hands one message over; {@code clientRef} is the delivery's reference, the same for each retry of it, so that the
     * gateway's receipt finds it and a gateway that keeps one message per client reference sends a retried one once.
     *
     * @throws GatewayException when the gateway cannot be reached or refuses the message
     */
    Accepted send(String to, String text, String encoding, String clientRef);

    /** What the handset answered, as the gateway tells it when asked. */
    record Receipt(boolean delivered, String reason) {
    }

    /**
     * The receipt of a message sent before, for gateways whose receipts are not (or not yet) pushed:
     * empty while the gateway has no answer from the handset.
     *
     * @throws GatewayException when the gateway cannot be reached
     */
    java.util.Optional<Receipt> receipt(String messageId);

    /** A failed hand-over; {@code permanent} when trying again cannot help (the message was refused). */
    class GatewayException extends RuntimeException {

        private final boolean permanent;

        public GatewayException(String message, boolean permanent) {
            super(message);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
