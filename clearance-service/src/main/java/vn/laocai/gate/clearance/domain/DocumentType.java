package vn.laocai.gate.clearance.domain;

/**
 * Kinds of documents a declaration carries. Planting-area and packing-house codes are numbers
 * approved by China's customs (GACC); they are attached without a file. The names of the two
 * certificates are those customs-adapter hands to the National Single Window.
 */
public enum DocumentType {
    INVOICE(false),
    PACKING_LIST(false),
    CERTIFICATE_OF_ORIGIN(false),
    PHYTOSANITARY_CERTIFICATE(false),
    HEALTH_CERTIFICATE(false),
    PLANTING_AREA_CODE(true),
    PACKING_HOUSE_CODE(true),
    CONTRACT(false),
    OTHER(false);

    private final boolean codeOnly;

    DocumentType(boolean codeOnly) {
        this.codeOnly = codeOnly;
    }

    /** Attached as a code, without a file. */
    public boolean codeOnly() {
        return codeOnly;
    }
}
