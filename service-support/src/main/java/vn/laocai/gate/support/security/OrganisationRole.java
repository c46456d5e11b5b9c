package vn.laocai.gate.support.security;

import java.util.Arrays;
import java.util.Optional;

/** What a person does inside their organisation (beside the realm roles of {@link Roles}). */
public enum OrganisationRole {
    /** A carrier's dispatcher: keeps the fleet and books for its vehicles and drivers. */
    DISPATCHER("dispatcher"),
    /** A carrier's driver: books and drives the carrier's vehicles it is booked for. */
    DRIVER("driver"),
    /** A trading company's declarant: declares the company's own goods. */
    DECLARANT("declarant"),
    /** Runs the organisation: keeps the fleet of a carrier, authorises brokers for a company, sees everything of it. */
    MANAGER("manager"),
    /** A customs broker's agent: declares on behalf of the companies that authorised the broker. */
    BROKER_AGENT("broker-agent");

    private final String code;

    OrganisationRole(String code) {
        this.code = code;
    }

    /** As written in the group path and the API: {@code broker-agent}. */
    public String code() {
        return code;
    }

    public static Optional<OrganisationRole> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
