package vn.laocai.gate.queue.application;

import java.time.Duration;

/** An account sent more booking requests than the rate limit allows; it may try again after {@link #retryAfter()}. */
public class TooManyBookingRequestsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyBookingRequestsException(Duration retryAfter) {
        super("too many booking requests from this account; try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
