package vn.laocai.gate.simulation;

import vn.laocai.gate.queue.simulation.Estimate;
import vn.laocai.gate.queue.simulation.Experiment;
import vn.laocai.gate.queue.simulation.RunResult;
import vn.laocai.gate.queue.simulation.Scenario;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The side-by-side table of the scenarios, the figures as CSV, and the plots as PNG. */
public final class Report {

    /** A figure of the table: its label, how many decimals, how it is read from a run. */
    record Figure(String label, int decimals, ToDoubleFunction<RunResult> of) {
    }

    static final List<Figure> FIGURES = List.of(
            new Figure("yard wait, all: mean (h)", 2, RunResult::meanWait),
            new Figure("yard wait, all: p50 (h)", 2, r -> r.waitQuantile(0.5)),
            new Figure("yard wait, all: p95 (h)", 2, r -> r.waitQuantile(0.95)),
            new Figure("yard wait, all: max (h)", 2, RunResult::maxWait),
            new Figure("yard wait, perishables: mean (h)", 2, RunResult::meanPerishableWait),
            new Figure("yard wait, perishables: p50 (h)", 2, r -> r.perishableQuantile(0.5)),
            new Figure("yard wait, perishables: p95 (h)", 2, r -> r.perishableQuantile(0.95)),
            new Figure("yard wait, perishables: max (h)", 2, RunResult::maxPerishableWait),
            new Figure("delay, ready to gate-in: mean (h)", 2, RunResult::meanDelay),
            new Figure("throughput: out by midnight", 0, r -> r.throughput()),
            new Figure("still waiting at midnight", 0, r -> r.waitingAtMidnight()),
            new Figure("booked, waited > 2 h past slot", 0, r -> r.bookedLate()),
            new Figure("sent back to fix papers", 0, r -> r.sentBack()),
            new Figure("lane (booth) utilisation (%)", 1, r -> 100 * r.laneUtilisation()));

    /** One colour a scenario, told apart also in print: baseline dark red, platform dark green, the single changes lighter. */
    private static final java.awt.Color[] COLOURS = {new java.awt.Color(0xB2182B), new java.awt.Color(0x1B7837),
            new java.awt.Color(0x2166AC), new java.awt.Color(0xE08214), new java.awt.Color(0x8073AC), new java.awt.Color(0x878787)};

    private final List<Experiment.Results> results;

    public Report(List<Experiment.Results> results) {
        this.results = results;
    }

    /** The table: one row a figure, one column a scenario, each cell mean ± 95 % half-width. */
    public String table() {
        int labelWidth = FIGURES.stream().mapToInt(f -> f.label().length()).max().orElse(10) + 2;
        int cell = 18;
        StringBuilder out = new StringBuilder();
        out.append(pad("", labelWidth));
        results.forEach(r -> out.append(padLeft(shortName(r.scenario()), cell)));
        out.append('\n');
        for (Figure figure : FIGURES) {
            out.append(pad(figure.label(), labelWidth));
            for (Experiment.Results r : results) {
                Estimate e = r.estimate(figure.of());
                out.append(padLeft(e.mean() < 0 ? "-" : e.format(figure.decimals()), cell));
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String shortName(Scenario s) {
        return switch (s.name()) {
            case "slots only" -> "slots";
            case "papers before departure only" -> "papers early";
            case "perishables first only" -> "perishables 1st";
            case "call-forward when cleared only" -> "when cleared";
            default -> s.name();
        };
    }

    /** Writes summary.csv, queue.csv, waits.csv and the two plots into {@code folder}. */
    public void write(Path folder) {
        try {
            Files.createDirectories(folder);
            writeSummary(folder.resolve("summary.csv"));
            writeQueue(folder.resolve("queue.csv"));
            writeWaits(folder.resolve("waits.csv"));
            BitmapEncoder.saveBitmap(queueChart(), folder.resolve("queue-length.png").toString(), BitmapEncoder.BitmapFormat.PNG);
            BitmapEncoder.saveBitmap(waitChart(), folder.resolve("wait-distribution.png").toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeSummary(Path file) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            out.println("scenario,figure,mean,ci95_half_width,replications");
            for (Experiment.Results r : results) {
                for (Figure f : FIGURES) {
                    Estimate e = r.estimate(f.of());
                    out.printf(Locale.ROOT, "\"%s\",\"%s\",%.4f,%.4f,%d%n", r.scenario().name(), f.label(), e.mean(), e.halfWidth(), e.n());
                }
            }
        }
    }

    private void writeQueue(Path file) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            out.print("hour");
            results.forEach(r -> out.print(",\"" + r.scenario().name() + "\""));
            out.println();
            List<double[]> traces = results.stream().map(Experiment.Results::meanTrace).toList();
            for (int i = 0; i < RunResult.TRACE_POINTS; i++) {
                out.printf(Locale.ROOT, "%.3f", i * RunResult.TRACE_STEP / 3600);
                for (double[] trace : traces) {
                    out.printf(Locale.ROOT, ",%.2f", trace[i]);
                }
                out.println();
            }
        }
    }

    private void writeWaits(Path file) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            out.println("scenario,replication,wait_hours,perishable");
            for (Experiment.Results r : results) {
                for (int rep = 0; rep < r.runs().size(); rep++) {
                    RunResult run = r.runs().get(rep);
                    for (double w : run.waits()) {
                        out.printf(Locale.ROOT, "\"%s\",%d,%.4f,all%n", r.scenario().name(), rep, w);
                    }
                    for (double w : run.perishableWaits()) {
                        out.printf(Locale.ROOT, "\"%s\",%d,%.4f,perishable%n", r.scenario().name(), rep, w);
                    }
                }
            }
        }
    }

    private XYChart queueChart() {
        XYChart chart = new XYChartBuilder().width(1000).height(560).title("Trucks waiting (yard and gate area), mean of the replications")
                .xAxisTitle("hour from the day's start (local)").yAxisTitle("trucks waiting").build();
        double[] hours = new double[RunResult.TRACE_POINTS];
        Arrays.setAll(hours, i -> i * RunResult.TRACE_STEP / 3600);
        for (int i = 0; i < results.size(); i++) {
            Experiment.Results r = results.get(i);
            chart.addSeries(r.scenario().name(), hours, r.meanTrace()).setMarker(SeriesMarkers.NONE)
                    .setLineColor(COLOURS[i % COLOURS.length]);
        }
        return chart;
    }

    /** The share of trucks that waited at most x hours, baseline and platform, all trucks and perishables. */
    private XYChart waitChart() {
        XYChart chart = new XYChartBuilder().width(1000).height(560).title("Distribution of yard waits (all replications)")
                .xAxisTitle("yard wait (h)").yAxisTitle("share of trucks waiting at most this long").build();
        for (Experiment.Results r : results) {
            if (r.scenario().equals(Scenario.BASELINE) || r.scenario().equals(Scenario.PLATFORM)) {
                addCdf(chart, r.scenario().name() + ", all", r.runs().stream().flatMapToDouble(x -> Arrays.stream(x.waits())).toArray());
                addCdf(chart, r.scenario().name() + ", perishables",
                        r.runs().stream().flatMapToDouble(x -> Arrays.stream(x.perishableWaits())).toArray());
            }
        }
        return chart;
    }

    private static void addCdf(XYChart chart, String name, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int points = Math.min(400, sorted.length);
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 1; i <= points; i++) {
            int index = (int) Math.ceil((double) i / points * sorted.length) - 1;
            xs.add(sorted[index]);
            ys.add((index + 1.0) / sorted.length);
        }
        if (!xs.isEmpty()) {
            chart.addSeries(name, xs, ys).setMarker(SeriesMarkers.NONE);
        }
    }

    private static String pad(String s, int width) {
        return String.format("%-" + width + "s", s);
    }

    private static String padLeft(String s, int width) {
        return String.format("%" + width + "s", s);
    }
}
