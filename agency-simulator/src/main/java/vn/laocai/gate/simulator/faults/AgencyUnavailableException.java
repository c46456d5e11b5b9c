package vn.laocai.gate.simulator.faults;

/** The simulated system is down: answered 503. */
public class AgencyUnavailableException extends RuntimeException {

    public AgencyUnavailableException(String system) {
        super(system + " is unavailable");
    }
}
