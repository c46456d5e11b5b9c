package vn.laocai.gate.simulator.customs;

import vn.laocai.gate.simulator.agency.Channel;

import java.util.Random;

/** Draws channels at random by a weighted mix; a fixed seed repeats the same sequence. */
public final class ChannelPicker {

    private final Random random;
    private final double green;
    private final double yellow;
    private final double total;

    public ChannelPicker(long seed, double green, double yellow, double red) {
        if (green < 0 || yellow < 0 || red < 0 || green + yellow + red <= 0) {
            throw new IllegalArgumentException("Channel weights must be non-negative and not all zero: "
                    + green + "/" + yellow + "/" + red);
        }
        this.random = new Random(seed);
        this.green = green;
        this.yellow = yellow;
        this.total = green + yellow + red;
    }

    public synchronized Channel next() {
        double draw = random.nextDouble() * total;
        if (draw < green) {
            return Channel.GREEN;
        }
        return draw < green + yellow ? Channel.YELLOW : Channel.RED;
    }
}
