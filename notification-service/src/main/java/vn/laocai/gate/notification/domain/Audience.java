package vn.laocai.gate.notification.domain;

/** Whom a kind of notice is for. */
public enum Audience {
    /** The driver of a booking, found by the document number the booking names. */
    DRIVER,
    /** The trader (declarant) of a declaration, found by the declarant's tax code. */
    TRADER
}
