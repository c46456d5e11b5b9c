package vn.laocai.gate.customs.domain;

import java.util.Optional;

/** VNACCS control channels: GREEN released without inspection, YELLOW documentary check, RED physical inspection. */
public enum CustomsChannel {
    GREEN, YELLOW, RED;

    /** The inspection the channel orders before the release: none, DOCUMENTARY or PHYSICAL. */
    public Optional<String> inspectionKind() {
        return switch (this) {
            case GREEN -> Optional.empty();
            case YELLOW -> Optional.of("DOCUMENTARY");
            case RED -> Optional.of("PHYSICAL");
        };
    }
}
