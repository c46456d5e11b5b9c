package vn.laocai.gate.queue.simulation;

import java.util.List;

/**
 * Which of the platform's four changes a run switches on: slots smoothing the arrivals, papers
 * checked before the truck leaves, perishables first in the queue, call-forward only when cleared.
 * None is the paper-card yard of 2020; all four is the platform.
 */
public record Scenario(String name, boolean slots, boolean papersBeforeDeparture, boolean perishablesFirst, boolean callForwardWhenCleared) {

    public static final Scenario BASELINE = new Scenario("baseline", false, false, false, false);
    public static final Scenario PLATFORM = new Scenario("platform", true, true, true, true);

    /** The baseline, the platform, and each change alone. */
    public static List<Scenario> all() {
        return List.of(BASELINE, PLATFORM,
                new Scenario("slots only", true, false, false, false),
                new Scenario("papers before departure only", false, true, false, false),
                new Scenario("perishables first only", false, false, true, false),
                new Scenario("call-forward when cleared only", false, false, false, true));
    }
}
