package vn.laocai.gate.queue.domain;

/**
 * A new booking drew a code another booking holds (one draw in about 887 million per booking kept); the
 * transaction is lost and the booking is made again with another code.
 */
public class BookingCodeTaken extends RuntimeException {

    public BookingCodeTaken(String code) {
        super("booking code " + code + " is taken");
    }
}
