package vn.laocai.gate.customs.application;

/**
 * A vehicle checked in under a booking whose CrossingBooked event the adapter never received: the
 * border guard cannot be told who drives it. Not transient: the record goes to the dead-letter
 * topic, to be replayed once the booking is known.
 */
public class UnknownBookingException extends RuntimeException {

    public UnknownBookingException(String bookingCode) {
        super("Booking " + bookingCode + " is unknown to the customs adapter: no CrossingBooked was received");
    }
}
