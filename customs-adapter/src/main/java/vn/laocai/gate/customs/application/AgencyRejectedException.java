package vn.laocai.gate.customs.application;

/** The agency answered, and refused: retrying the same request cannot succeed. */
public class AgencyRejectedException extends RuntimeException {

    public AgencyRejectedException(String message) {
        super(message);
    }
}
