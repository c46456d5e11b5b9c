package vn.laocai.gate.customs.domain;

/** VNACCS control channels: GREEN released without inspection, YELLOW documentary check, RED physical inspection. */
public enum CustomsChannel {
    GREEN, YELLOW, RED
}
