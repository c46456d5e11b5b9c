package vn.laocai.gate.queue.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The figures of a gate day, read from a JSON file in which every figure carries its {@code source}
 * and {@code assumption} (the default is {@code peak-day.json}, the peak fruit day). A copy can be
 * changed figure by figure ({@link #with}).
 */
public final class DayModel {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectNode root;

    private DayModel(ObjectNode root) {
        this.root = root;
    }

    public static DayModel peakDay() {
        try (InputStream in = DayModel.class.getResourceAsStream("/peak-day.json")) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DayModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DayModel read(InputStream in) throws IOException {
        DayModel model = new DayModel((ObjectNode) JSON.readTree(in));
        model.requireSourced();
        return model;
    }

    /** Every figure names its source and its assumption. */
    private void requireSourced() {
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode figure = field.getValue();
            if (figure.isObject() && (!figure.hasNonNull("source") || !figure.hasNonNull("assumption"))) {
                throw new IllegalArgumentException("figure " + field.getKey() + " needs a source and an assumption");
            }
        }
    }

    /** A copy with one figure's fields replaced, e.g. {@code with("booth", Map.of("mean", 0))}. */
    public DayModel with(String figure, Map<String, ?> fields) {
        ObjectNode copy = root.deepCopy();
        ObjectNode node = copy.has(figure) ? (ObjectNode) copy.get(figure) : copy.putObject(figure);
        fields.forEach((k, v) -> node.set(k, JSON.valueToTree(v)));
        node.put("source", node.path("source").asText("changed for this run"));
        node.put("assumption", node.path("assumption").asText("changed for this run"));
        return new DayModel(copy);
    }

    /** A copy with a figure's value replaced. */
    public DayModel withValue(String figure, Object value) {
        return with(figure, Map.of("value", value));
    }

    public String name() {
        return root.path("name").asText();
    }

    public LocalDate date() {
        return LocalDate.parse(figure("date").path("value").asText());
    }

    public double number(String name) {
        return numbers.computeIfAbsent(name, n -> figure(n).path("value").asDouble());
    }

    public int count(String name) {
        return figure(name).path("value").asInt();
    }

    /** A whole number that the model may leave out. */
    public int count(String name, int absent) {
        return root.has(name) ? count(name) : absent;
    }

    public List<Double> curve(String name) {
        return curves.computeIfAbsent(name, this::readCurve);
    }

    private final Map<String, List<Double>> curves = new java.util.concurrent.ConcurrentHashMap<>();

    private List<Double> readCurve(String name) {
        List<Double> weights = new ArrayList<>();
        figure(name).path("value").forEach(v -> weights.add(v.asDouble()));
        return weights;
    }

    public TimeDistribution time(String name) {
        return times.computeIfAbsent(name, this::readTime);
    }

    private final Map<String, TimeDistribution> times = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Double> numbers = new java.util.concurrent.ConcurrentHashMap<>();

    private TimeDistribution readTime(String name) {
        JsonNode f = figure(name);
        double spread = f.has("sd") ? f.get("sd").asDouble() : f.path("cv").asDouble(1);
        return TimeDistribution.of(f.path("kind").asText("lognormal"), f.path("mean").asDouble(), spread, f.path("unit").asText("minutes"));
    }

    /** The figure with its source and assumption, as the report lists it. */
    public List<String[]> sources() {
        List<String[]> rows = new ArrayList<>();
        root.fields().forEachRemaining(e -> {
            if (e.getValue().isObject()) {
                JsonNode f = e.getValue();
                String value = f.has("value") ? f.get("value").toString()
                        : f.path("kind").asText() + " mean " + f.path("mean").asText() + " " + f.path("unit").asText()
                        + (f.has("sd") ? " sd " + f.get("sd").asText() : " cv " + f.path("cv").asText());
                rows.add(new String[] {e.getKey(), value, f.path("source").asText(), f.path("assumption").asText()});
            }
        });
        return rows;
    }

    private JsonNode figure(String name) {
        JsonNode f = root.get(name);
        if (f == null) {
            throw new IllegalArgumentException("the model has no figure " + name);
        }
        return f;
    }
}
