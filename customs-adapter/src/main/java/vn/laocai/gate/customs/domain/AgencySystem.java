package vn.laocai.gate.customs.domain;

/** An external agency system declarations are handed to. Quarantine and border-guard systems will follow. */
public enum AgencySystem {
    /** Vietnam customs VNACCS/VCIS. */
    VNACCS
}
