package vn.laocai.gate.simulation;

import vn.laocai.gate.queue.simulation.ClosedHours;
import vn.laocai.gate.queue.simulation.DayModel;
import vn.laocai.gate.queue.simulation.Experiment;
import vn.laocai.gate.queue.simulation.GateDay;
import vn.laocai.gate.queue.simulation.Scenario;
import vn.laocai.gate.queue.config.QueueConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./gate simulate}: the peak day, baseline against platform and each change alone, printed
 * side by side and written as CSV and PNG.
 */
public final class Simulate {

    static final String USAGE = """
            usage: simulate [--replications N] [--seed S] [--lanes EXPORT,IMPORT] [--closure FROM-UNTIL]
                            [--set gate.queue.KEY=VALUE]... [--model FILE] [--out FOLDER]
              --replications N   replications per scenario (default 20; at least 2)
              --seed S           seed of the first replication (default 1); same seed, same result
              --lanes E,I        lanes per direction (gate.queue.lanes.export / imports; default the service's 2,3)
              --closure F-U      the gate closed from hour F to hour U of the day, e.g. 10-14
              --set K=V          any setting of the vehicle-queue service, e.g. gate.queue.yard.gate-area-capacity=30
              --model FILE       the day's figures (default: the peak fruit day, peak-day.json)
              --out FOLDER       where the CSV and PNG files go (default target/simulation)
            """;

    private Simulate() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        int replications = 20;
        long seed = 1;
        ClosedHours closure = null;
        Map<String, String> overrides = new LinkedHashMap<>();
        DayModel model = DayModel.peakDay();
        Path out = Path.of("target", "simulation");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                System.out.print(USAGE);
                return;
            }
            if (i + 1 >= args.length) {
                fail("option " + arg + " needs a value");
            }
            String value = args[++i];
            switch (arg) {
                case "--replications" -> replications = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--lanes" -> {
                    String[] parts = value.split(",");
                    if (parts.length != 2) {
                        fail("--lanes takes EXPORT,IMPORT, e.g. 2,3");
                    }
                    overrides.put("gate.queue.lanes.export", parts[0].strip());
                    overrides.put("gate.queue.lanes.imports", parts[1].strip());
                }
                case "--closure" -> {
                    String[] parts = value.split("-");
                    if (parts.length != 2) {
                        fail("--closure takes FROM-UNTIL in hours of the day, e.g. 10-14");
                    }
                    closure = new ClosedHours(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
                }
                case "--set" -> {
                    int eq = value.indexOf('=');
                    if (eq < 0 || !value.startsWith("gate.queue.")) {
                        fail("--set takes gate.queue.KEY=VALUE");
                    }
                    overrides.put(value.substring(0, eq), value.substring(eq + 1));
                }
                case "--model" -> model = DayModel.read(Path.of(value));
                case "--out" -> out = Path.of(value);
                default -> fail("unknown option " + arg);
            }
        }
        if (replications < 2) {
            fail("--replications must be at least 2 for a confidence interval");
        }
        QueueConfig config = ServiceSettings.load(overrides);
        Experiment experiment = new Experiment(model, config, closure, replications, seed);
        long started = System.nanoTime();
        List<Experiment.Results> results = new ArrayList<>();
        for (Scenario scenario : Scenario.all()) {
            results.add(experiment.run(scenario));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int runs = replications * results.size();
        System.out.println(model.name() + ": " + model.count("trucks") + " trucks, lanes " + config.lanes().export() + " export / "
                + config.lanes().imports() + " import, gate area " + config.yard().gateAreaCapacity() + ", "
                + config.yard().acrossAtATime() + " across at a time" + (closure == null ? "" : ", closed " + closure.fromHour() + "-" + closure.untilHour() + " h"));
        System.out.println("each figure: mean ± half-width of the 95 % confidence interval (Student t) over " + replications
                + " replications, seeds " + seed + ".." + (seed + replications - 1));
        System.out.println();
        System.out.print(new Report(results).table());
        System.out.println();
        new Report(results).write(out);
        System.out.printf(Locale.ROOT, "%d simulated days in %.1f s (%.2f s a day); CSV and PNG in %s%n", runs, seconds, seconds / runs,
                out.toAbsolutePath().normalize());
    }

    private static void fail(String message) {
        System.err.println("simulate: " + message);
        System.err.print(USAGE);
        System.exit(2);
    }
}
