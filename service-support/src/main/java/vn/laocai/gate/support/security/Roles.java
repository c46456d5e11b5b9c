package vn.laocai.gate.support.security;

/** The platform's roles, carried in the {@code groups} claim of a bearer token. */
public final class Roles {

    public static final String DRIVER = "driver";
    public static final String TRADER = "trader";
    /** Yard and gate management board: check-in, queue, call-forward, gate in and out. */
    public static final String GATE_OFFICER = "gate-officer";
    public static final String BORDER_GUARD = "border-guard";
    public static final String CUSTOMS_OFFICER = "customs-officer";
    /** Plant and animal quarantine. */
    public static final String QUARANTINE_OFFICER = "quarantine-officer";
    /** Health (medical) quarantine. */
    public static final String HEALTH_OFFICER = "health-officer";
    public static final String FEE_OFFICER = "fee-officer";
    public static final String SUPERVISOR = "supervisor";
    /** Another agency (a provincial department, a ministry's system) reading the partner API and nothing else. */
    public static final String PARTNER_AGENCY = "partner-agency";
    /** An external agency system answering through a callback. */
    public static final String AGENCY_SYSTEM = "agency-system";

    private Roles() {
    }
}
