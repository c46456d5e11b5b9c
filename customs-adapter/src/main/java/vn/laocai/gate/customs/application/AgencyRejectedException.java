package vn.laocai.gate.customs.application;

/** The agency answered, and refused: retrying the same request cannot succeed. Carries the answer as received. */
public class AgencyRejectedException extends RuntimeException {

    private final int status;
    private final String body;

    public AgencyRejectedException(String message, int status, String body) {
        super(message);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}
