package vn.laocai.gate.simulator.faults;

import jakarta.enterprise.context.ApplicationScoped;
import vn.laocai.gate.simulator.agency.AgencySystem;
import vn.laocai.gate.simulator.config.Randomness;
import vn.laocai.gate.simulator.config.SimulatorConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The faults of every simulated system: set at runtime through the admin endpoint, plus outages
 * scheduled in the configuration. Random choices (duplicates, drops, waits) are drawn from one
 * seeded generator per system, so a run with the same seed and order of requests repeats.
 */
@ApplicationScoped
public class FaultBoard {

    private final Map<AgencySystem, Faults> faults = new EnumMap<>(AgencySystem.class);
    private final Map<AgencySystem, Random> randoms = new EnumMap<>(AgencySystem.class);
    private final List<OutageWindow> schedule;
    private final Instant started = Instant.now();

    public FaultBoard(SimulatorConfig config, Randomness randomness) {
        SimulatorConfig.FaultDefaults d = config.faults();
        Faults initial = new Faults(false, d.latency().toMillis(), d.duplicateShare(), d.reorder(),
                d.reorderWindow().toMillis(), d.dropShare());
        for (AgencySystem system : AgencySystem.values()) {
            faults.put(system, initial);
            // SplittableRandom spreads neighbouring seeds apart; plain Random would start every system alike
            randoms.put(system, new Random(new SplittableRandom(randomness.seed() + system.ordinal()).nextLong()));
        }
        schedule = config.outages().orElse(List.of()).stream().filter(s -> !s.isBlank()).map(OutageWindow::parse).toList();
    }

    public synchronized Faults of(AgencySystem system) {
        return faults.get(system);
    }

    public synchronized Faults set(AgencySystem system, Faults newFaults) {
        faults.put(system, newFaults);
        return newFaults;
    }

    /** Down by the admin switch or by a scheduled outage. */
    public boolean isDown(AgencySystem system) {
        Duration sinceStart = Duration.between(started, Instant.now());
        return of(system).down() || schedule.stream().anyMatch(w -> w.covers(system, sinceStart));
    }

    /** A draw in [0, 1) from the system's seeded generator. */
    public double draw(AgencySystem system) {
        Random random = randoms.get(system);
        synchronized (random) {
            return random.nextDouble();
        }
    }

    public List<OutageWindow> schedule() {
        return schedule;
    }
}
