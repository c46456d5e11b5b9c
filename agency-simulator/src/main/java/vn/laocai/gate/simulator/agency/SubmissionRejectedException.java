package vn.laocai.gate.simulator.agency;

import java.util.List;

/** A submission a simulated system refuses as it stands; the sender must correct it. */
public class SubmissionRejectedException extends RuntimeException {

    private final transient Rejection rejection;

    public SubmissionRejectedException(List<Rejection.Error> errors) {
        super(errors.toString());
        this.rejection = Rejection.of(errors);
    }

    public Rejection rejection() {
        return rejection;
    }
}
