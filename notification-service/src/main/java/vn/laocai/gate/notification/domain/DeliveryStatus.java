package vn.laocai.gate.notification.domain;

/** Where the delivery of a notice on one channel stands. */
public enum DeliveryStatus {
    /** Not handed over yet: due at its next attempt. */
    PENDING,
    /** Handed to the SMS gateway or the mail server. */
    SENT,
    /** Delivered: the gateway's receipt said so, or the notice is in the inbox. */
    DELIVERED,
    /** Given up after the last attempt, or refused by the gateway; the reason is kept. */
    FAILED
}
