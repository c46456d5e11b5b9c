package vn.laocai.gate.clearance.domain;

/**
 * Kinds of documents a declaration carries. Planting-area and packing-house codes are numbers
 * approved by China's customs (GACC); they are attached without a file. The names of the two
 * certificates are those customs-adapter hands to the National Single Window.
 *
 * <p>The certificates an agency issues (the C/O, Form E through the ASEAN Single Window; the e-Phyto; the health
 * certificate) are originals whose signature means something: a signature on one that does not hold (the file changed
 * after signing, a signer outside the trust list) holds the consignment on the step of the agency that reads it
 * ({@link #checkedBy()}). The trader's own papers (invoice, packing list, contract) may be signed or not; their
 * signature is shown, never holds.
 */
public enum DocumentType {
    INVOICE(false, null),
    PACKING_LIST(false, null),
    CERTIFICATE_OF_ORIGIN(false, ClearanceStep.CUSTOMS),
    PHYTOSANITARY_CERTIFICATE(false, ClearanceStep.PLANT_QUARANTINE),
    HEALTH_CERTIFICATE(false, ClearanceStep.HEALTH_QUARANTINE),
    PLANTING_AREA_CODE(true, null),
    PACKING_HOUSE_CODE(true, null),
    CONTRACT(false, null),
    OTHER(false, null);

    private final boolean codeOnly;
    private final ClearanceStep checkedBy;

    DocumentType(boolean codeOnly, ClearanceStep checkedBy) {
        this.codeOnly = codeOnly;
        this.checkedBy = checkedBy;
    }

    /**
     * The step whose agency reads this certificate, for a document whose signature, when it carries one, must hold;
     * null for a document whose signature is only shown. An unsigned one is accepted (a scan of a paper original, which
     * the National Single Window's verification covers) and marked so.
     */
    public ClearanceStep checkedBy() {
        return checkedBy;
    }

    /** The type of that name; empty for a name no document type has. */
    public static java.util.Optional<DocumentType> known(String name) {
        for (DocumentType t : values()) {
            if (t.name().equals(name)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }

    /** Attached as a code, without a file. */
    public boolean codeOnly() {
        return codeOnly;
    }
}
