package vn.laocai.gate.simulator.customs;

/** VNACCS control channels: GREEN released without inspection, YELLOW documentary check, RED physical inspection. */
public enum Channel {
    GREEN, YELLOW, RED
}
