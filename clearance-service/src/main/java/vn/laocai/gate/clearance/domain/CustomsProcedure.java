package vn.laocai.gate.clearance.domain;

/** The customs procedure of a consignment, as far as the gate's fee and steps care. */
public enum CustomsProcedure {
    /** Export or import for consumption. */
    STANDARD,
    /** Goods temporarily imported to be re-exported (Resolution 09/2025's highest rate). */
    TEMPORARY_IMPORT_REEXPORT,
    /** Goods only passing through the gate area to another vehicle or country. */
    TRANSSHIPMENT
}
