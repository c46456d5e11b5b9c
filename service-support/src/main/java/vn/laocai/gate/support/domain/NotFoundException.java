package vn.laocai.gate.support.domain;

/**
 * The named thing does not exist, or is not the caller's to see (the two are told apart nowhere, so
 * that nobody learns of another account's bookings or declarations). The REST layer answers 404.
 */
public class NotFoundException extends RuntimeException {

    private final String what;
    private final String id;

    public NotFoundException(String what, String id) {
        super(what + " " + id + " does not exist");
        this.what = what;
        this.id = id;
    }

    /** What was looked for, in words ("Booking", "Declaration"). */
    public String what() {
        return what;
    }

    public String id() {
        return id;
    }
}
