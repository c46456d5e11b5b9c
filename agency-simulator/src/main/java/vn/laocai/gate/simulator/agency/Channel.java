package vn.laocai.gate.simulator.agency;

/** VNACCS control channels: GREEN released without inspection, YELLOW documentary check, RED physical inspection. */
public enum Channel {
    GREEN, YELLOW, RED
}
