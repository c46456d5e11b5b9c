package vn.laocai.gate.simulator.agency;

/** The agency systems the simulator stands in for, and whether each pushes its answers by callback. */
public enum AgencySystem {
    /** Vietnam customs VNACCS/VCIS: callbacks and polling. */
    VNACCS(true),
    /** National Single Window (e-C/O, e-Phyto verification): polling only. */
    NSW(false),
    /** Plant/animal quarantine: callbacks and polling. */
    QUARANTINE(true),
    /** Border guard (immigration control of vehicle and driver): polling only. */
    BORDER_GUARD(false);

    private final boolean callbacks;

    AgencySystem(boolean callbacks) {
        this.callbacks = callbacks;
    }

    public boolean callbacks() {
        return callbacks;
    }
}
