package vn.laocai.gate.simulator.security;

/** Who a request may come from: the client of the simulated systems, or the simulation's administrator. */
public enum Caller {
    /** The sender of submissions and polls (the customs adapter): {@code simulator.client.*}. */
    CLIENT,
    /** Whoever changes or inspects the simulation ({@code /admin}): {@code simulator.admin.*}. */
    ADMIN
}
