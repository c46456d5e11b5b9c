package vn.laocai.gate.clearance.rest;

/**
 * A declaration changed by someone else (an officer, an agency's answer) while a request changed it
 * too. The write endpoints retry a few times first; if it still collides, the caller gets the shared
 * 409 {@code concurrent-change} problem (service-support's {@code ProblemMappers}) and tries again.
 */
final class ConcurrentChanges {

    /** How often a write endpoint tries again after a collision. */
    static final int RETRIES = 4;

    private ConcurrentChanges() {
    }
}
