package vn.laocai.gate.customs.domain;

import vn.laocai.gate.support.domain.NotFoundException;

/**
 * The external agency systems the adapter hands work to. Each has its own endpoint, circuit
 * breaker and callback path; the last three hand over documents, goods or vehicles of a
 * declaration that customs (VNACCS) handles as a whole.
 */
public enum AgencySystem {
    /** Vietnam customs VNACCS/VCIS: declarations, control channel, inspection, release. Callbacks and polling. */
    VNACCS("customs"),
    /** National Single Window: verification of e-C/O and e-Phyto certificates. Polling only. */
    NSW("single-window"),
    /** Plant and animal quarantine: goods of HS chapters 01 to 14. Callbacks and polling. */
    QUARANTINE("quarantine"),
    /** Border guard: immigration control of a checked-in vehicle and its driver. Polling only. */
    BORDER_GUARD("border-guard");

    private final String path;

    AgencySystem(String path) {
        this.path = path;
    }

    /** The path segment of this system's callback endpoint, {@code /api/agency-answers/<path>}. */
    public String path() {
        return path;
    }

    /** Whether the system only answers when asked (no callbacks): its handoffs are polled more often. */
    public boolean answersByPollingOnly() {
        return this == NSW || this == BORDER_GUARD;
    }

    /** Whether handoffs of this system belong to a declaration (all but the border guard, which checks vehicles). */
    public boolean aboutDeclaration() {
        return this != BORDER_GUARD;
    }

    /** @throws NotFoundException when no system answers at that path */
    public static AgencySystem ofPath(String path) {
        for (AgencySystem s : values()) {
            if (s.path.equals(path)) {
                return s;
            }
        }
        throw new NotFoundException("Agency system", path);
    }
}
