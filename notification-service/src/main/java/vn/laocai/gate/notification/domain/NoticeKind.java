package vn.laocai.gate.notification.domain;

import java.util.Locale;

/**
 * Every kind of notice, whom it is for, and whether the law requires it to reach the person even
 * when they opted out of notices ({@link #required()}): being called forward, a cancellation of a
 * booking and a rejection of a consignment or declaration. Each kind has one message in each
 * language's catalogue ({@link #key()}).
 */
public enum NoticeKind {
    BOOKING_CONFIRMED(Audience.DRIVER, false),
    BOOKING_MOVED(Audience.DRIVER, false),
    BOOKING_MOVED_BY_CLOSURE(Audience.DRIVER, false),
    SLOT_REMINDER(Audience.DRIVER, false),
    CALLED_FORWARD(Audience.DRIVER, true),
    VEHICLE_HELD(Audience.DRIVER, false),
    VEHICLE_RELEASED(Audience.DRIVER, false),
    NO_SHOW_WARNING(Audience.DRIVER, false),
    BOOKING_CANCELLED(Audience.DRIVER, true),
    BOOKING_CANCELLED_BY_CLOSURE(Audience.DRIVER, true),
    GATE_CLOSED(Audience.DRIVER, false),
    BOOKING_BLOCKED(Audience.DRIVER, false),
    BOOKING_BLOCK_LIFTED(Audience.DRIVER, false),
    CONSIGNMENT_HELD(Audience.TRADER, false),
    READY_FOR_GATE(Audience.TRADER, false),
    INSPECTION_ORDERED(Audience.TRADER, false),
    CONSIGNMENT_REJECTED(Audience.TRADER, true),
    DECLARATION_REJECTED(Audience.TRADER, true),
    CONSIGNMENT_CLEARED(Audience.TRADER, false),
    FEE_DUE(Audience.TRADER, false);

    private final Audience audience;
    private final boolean required;

    NoticeKind(Audience audience, boolean required) {
        this.audience = audience;
        this.required = required;
    }

    public Audience audience() {
        return audience;
    }

    /** Whether the notice reaches a person who opted out of notices all the same. */
    public boolean required() {
        return required;
    }

    /** The queue's reason of a cancellation by a gate closure ({@code BookingCancelled.reason}). */
    static final String CLOSURE_CANCELLATION = "GATE_CLOSURE";
    /** How the queue begins the reason of a booking moved by a gate closure ({@code BookingAmended.reason}). */
    static final String CLOSURE_AMENDMENT = "Gate closure";

    /** The notice of a cancellation: one of its own when a gate closure caused it. */
    public static NoticeKind ofCancellation(String reason) {
        return CLOSURE_CANCELLATION.equals(reason) ? BOOKING_CANCELLED_BY_CLOSURE : BOOKING_CANCELLED;
    }

    /** The notice of an amendment: one of its own when a gate closure moved the booking. */
    public static NoticeKind ofAmendment(String reason) {
        return reason != null && reason.startsWith(CLOSURE_AMENDMENT) ? BOOKING_MOVED_BY_CLOSURE : BOOKING_MOVED;
    }

    /** The key of its message in the catalogues: {@code called-forward}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
