package vn.laocai.gate.customs.application;

/** The agency could not be reached, timed out or failed (5xx): try again later. Carries the answer, if any. */
public class AgencyUnavailableException extends RuntimeException {

    private final Integer status;
    private final String body;
    private final boolean sent;

    /** A call that went out and failed: no answer, a timeout, or an error status with {@code body}. */
    public AgencyUnavailableException(String message, Integer status, String body) {
        this(message, status, body, true);
    }

    private AgencyUnavailableException(String message, Integer status, String body, boolean sent) {
        super(message);
        this.status = status;
        this.body = body;
        this.sent = sent;
    }

    /** The circuit breaker of the system is open: nothing was sent. */
    public static AgencyUnavailableException notSent(String message) {
        return new AgencyUnavailableException(message, null, null, false);
    }

    /** Whether a request went out (and belongs in the audit trail). */
    public boolean sent() {
        return sent;
    }

    public Integer status() {
        return status;
    }

    public String body() {
        return body;
    }
}
