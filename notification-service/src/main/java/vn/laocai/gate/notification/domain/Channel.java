package vn.laocai.gate.notification.domain;

/** Where a notice reaches a person: a text message, an e-mail, or the in-app inbox (always). */
public enum Channel {
    SMS, EMAIL, INBOX
}
