package vn.laocai.gate.clearance.domain;

import java.util.Optional;

/**
 * Where one step of a clearance case stands. {@code progress} orders the states of a step so that
 * an agency system's answer that arrives late, twice or out of order can be recognised as such:
 * an answer never moves a step back.
 */
public enum StepState {
    NOT_REQUIRED(0, false),
    PENDING(0, false),
    CHANNEL_GREEN(1, false),
    CHANNEL_YELLOW(1, false),
    CHANNEL_RED(1, false),
    SAMPLE_TAKEN(1, false),
    FEE_ASSESSED(1, false),
    DOCUMENTARY_INSPECTION(2, false),
    UNDER_TREATMENT(2, false),
    PHYSICAL_INSPECTION(3, false),
    INSPECTED(4, false),
    DONE(9, true),
    FAILED(9, true);

    private final int progress;
    private final boolean terminal;

    StepState(int progress, boolean terminal) {
        this.progress = progress;
        this.terminal = terminal;
    }

    public int progress() {
        return progress;
    }

    public boolean isTerminal() {
        return terminal;
    }

    /** The customs control channel a state of the customs step stands in: GREEN, YELLOW or RED; empty before (or outside) one. */
    public Optional<String> channel() {
        switch (this) {
            case CHANNEL_GREEN:
                return Optional.of("GREEN");
            case CHANNEL_YELLOW:
            case DOCUMENTARY_INSPECTION:
                return Optional.of("YELLOW");
            case CHANNEL_RED:
            case PHYSICAL_INSPECTION:
                return Optional.of("RED");
            default:
                return Optional.empty();
        }
    }

    /** Customs has decided the channel (and not refused the goods). */
    public boolean channelAssigned() {
        return progress >= 1 && this != FAILED;
    }
}
