package vn.laocai.gate.customs.domain;

/**
 * Decisions of the plant/animal quarantine system. SAMPLE and TREATMENT are steps on the way;
 * PASS and FAIL end the quarantine of a consignment.
 */
public enum QuarantineOutcome {
    PASS, FAIL, SAMPLE, TREATMENT;

    public boolean isFinal() {
        return this == PASS || this == FAIL;
    }

    static boolean known(String value) {
        for (QuarantineOutcome o : values()) {
            if (o.name().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
