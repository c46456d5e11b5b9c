package vn.laocai.gate.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Measures the thin slice on this machine and prints the figures: it starts the whole platform in
 * a temporary folder on free ports (the simulated customs answering green within about 100 ms),
 * books N crossings, declares one consignment per crossing, waits until every vehicle is released,
 * and reports request latencies, the event pipeline's latency (declared → vehicle released, from the
 * services' own timestamps), throughput and the resident memory of every process. Nothing is
 * asserted: {@code ./gate bench [crossings] [concurrency]} runs it.
 */
public final class SliceBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Platform platform;
    private final String driver;
    private final String trader;
    private final AtomicLong numbers = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    private SliceBenchmark(Platform platform) {
        this.platform = platform;
        this.driver = platform.token("bench-driver", "driver");
        this.trader = platform.token("bench-trader", "trader");
    }

    public static void main(String[] args) throws Exception {
        int crossings = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Path repo = Path.of(System.getenv().getOrDefault("GATE_REPO", ".")).toAbsolutePath().normalize();
        Path home = Files.createTempDirectory("gate-bench");
        PlatformConfig config = PlatformConfig.builder(home, repo)
                .freePorts()
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_CHANNEL_MIX_GREEN", "1")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_CHANNEL_MIX_YELLOW", "0")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_CHANNEL_MIX_RED", "0")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_CHANNEL_DELAY", "50ms")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_RELEASE_DELAY_GREEN", "50ms")
                .readyTimeout(Duration.ofSeconds(240))
                .build();
        System.out.printf("Starting the platform in %s ...%n", home);
        long t0 = System.nanoTime();
        try (Platform platform = Platform.start(config)) {
            System.out.printf("Platform ready in %.1f s%n%n", (System.nanoTime() - t0) / 1e9);
            SliceBenchmark benchmark = new SliceBenchmark(platform);
            int warmUp = Math.min(50, crossings);
            System.out.printf("Warming up with %d crossings (not counted) ...%n", warmUp);
            benchmark.measure(warmUp, concurrency);
            benchmark.report(benchmark.measure(crossings, concurrency));
        }
    }

    /** What one run measured. */
    private record Figures(int crossings, int concurrency, List<Long> bookMs, List<Long> declareMs, List<Long> pipelineMs,
                           double bookSeconds, double declareSeconds, double drainSeconds) {
    }

    private Figures measure(int crossings, int concurrency) throws Exception {
        List<Long> bookMs = Collections.synchronizedList(new ArrayList<>());
        List<Long> declareMs = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, String> codes = new ConcurrentHashMap<>();
        Map<Integer, String> declarations = new ConcurrentHashMap<>();

        double bookSeconds = phase(crossings, concurrency, i -> {
            long start = System.nanoTime();
            JsonNode booking = send("POST", Apps.VEHICLE_QUEUE, "/api/bookings", driver, bookingJson(i), 201);
            bookMs.add((System.nanoTime() - start) / 1_000_000);
            codes.put(i, booking.get("code").asText());
            return null;
        });
        double declareSeconds = phase(crossings, concurrency, i -> {
            long start = System.nanoTime();
            JsonNode declaration = declareWhenKnown(codes.get(i));
            declareMs.add((System.nanoTime() - start) / 1_000_000);
            declarations.put(i, declaration.get("id").asText());
            return null;
        });
        long drainStart = System.nanoTime();
        List<Long> pipelineMs = Collections.synchronizedList(new ArrayList<>());
        phase(crossings, concurrency, i -> {
            JsonNode booking = awaitReleased(codes.get(i));
            JsonNode declaration = send("GET", Apps.CLEARANCE, "/api/declarations/" + declarations.get(i), trader, null, 200);
            Instant submitted = Instant.parse(declaration.get("submittedAt").asText());
            Instant released = Instant.parse(booking.get("releasedAt").asText());
            pipelineMs.add(Duration.between(submitted, released).toMillis());
            return null;
        });
        double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
        return new Figures(crossings, concurrency, bookMs, declareMs, pipelineMs, bookSeconds, declareSeconds, drainSeconds);
    }

    private void report(Figures f) {
        System.out.printf("%n%d crossings, %d concurrent clients%n%n", f.crossings(), f.concurrency());
        System.out.println("Requests (ms)                      p50     p95     p99     max");
        row("book a crossing (POST /api/bookings)", f.bookMs());
        row("declare (until the booking is known)", f.declareMs());
        System.out.println();
        System.out.println("Event pipeline (ms), declared -> clearance -> customs-adapter -> simulated VNACCS");
        System.out.println("  -> customs-adapter -> clearance -> queue: vehicle released (simulator ~100 ms of it)");
        row("declared to vehicle released", f.pipelineMs());
        System.out.println();
        System.out.printf(Locale.ROOT, "Throughput: %.1f bookings/s, %.1f declarations/s; last releases %.1f s after the last declaration%n%n",
                f.crossings() / f.bookSeconds(), f.crossings() / f.declareSeconds(), f.drainSeconds());
        printMemory();
    }

    /** Runs {@code task} for 0..n-1 on {@code concurrency} threads; returns the wall time in seconds. */
    private static double phase(int n, int concurrency, IntFunction<Void> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.apply(index)));
            }
            for (Future<Void> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private JsonNode declareWhenKnown(String bookingCode) {
        String body = declarationJson(bookingCode, String.format("3%011d", numbers.incrementAndGet() % 100_000_000_000L));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            HttpResponse<String> response = request("POST", Apps.CLEARANCE, "/api/declarations", trader, body);
            if (response.statusCode() == 201) {
                return parse(response.body());
            }
            if (response.statusCode() != 422 || System.nanoTime() > deadline) {
                throw new IllegalStateException("Declaration refused: HTTP " + response.statusCode() + " " + response.body());
            }
            sleep(50);
        }
    }

    private JsonNode awaitReleased(String code) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            JsonNode booking = send("GET", Apps.VEHICLE_QUEUE, "/api/bookings/" + code, driver, null, 200);
            if ("RELEASED".equals(booking.get("status").asText())) {
                return booking;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(code + " not released after 5 minutes");
            }
            sleep(200);
        }
    }

    private JsonNode send(String method, String app, String path, String token, String body, int expected) {
        HttpResponse<String> response = request(method, app, path, token, body);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return parse(response.body());
    }

    private HttpResponse<String> request(String method, String app, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.url(app) + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }

    private static String bookingJson(int i) {
        return """
                {"plate": "24C-%03d.%02d", "driver": {"name": "Lò Văn Minh", "nationality": "VN",
                 "documentNumber": "B%07d", "phone": "+84 912 000 000"}, "direction": "EXPORT",
                 "cargoCategory": "PERISHABLE", "plannedArrival": "%s"}
                """.formatted(100 + i % 900, i % 100, i, Instant.now().plus(2, ChronoUnit.HOURS));
    }

    private static String declarationJson(String bookingCode, String number) {
        return """
                {"declarant": {"taxCode": "5300123456", "name": "HTX Vai thieu Bac Ha"}, "consignee": "Hekou Guomao Co.",
                 "customsDeclarationNumber": "%s", "direction": "EXPORT", "destinationCountry": "CN",
                 "bookingCodes": ["%s"], "goodsLines": [{"hsCode": "0810.90.10", "description": "Fresh lychee in crates",
                 "quantity": 12000, "unit": "KGM", "netWeightKg": 12000, "grossWeightKg": 13100, "value": 21600,
                 "currency": "USD", "originCountry": "VN"}]}
                """.formatted(number, bookingCode);
    }

    private static void row(String label, List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-36s %6d  %6d  %6d  %6d%n", label, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private void printMemory() {
        System.out.println("Resident memory (MiB)");
        System.out.printf(Locale.ROOT, "  %-36s %6d%n", "launcher with the Kafka broker", rssMiB(ProcessHandle.current().pid()));
        platform.apps().forEach((name, process) ->
                System.out.printf(Locale.ROOT, "  %-36s %6d%n", name, rssMiB(process.pid())));
        // pg_ctl detaches the server: find it by its data directory, then count its backends too
        String dataDirectory = platform.config().home().resolve("postgres").toString();
        long postgres = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("-D " + dataDirectory)).orElse(false))
                .flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants()))
                .mapToLong(p -> rssMiB(p.pid()))
                .sum();
        System.out.printf(Locale.ROOT, "  %-36s %6d  (all its processes, shared memory counted in each)%n", "PostgreSQL", postgres);
    }

    /** VmRSS from /proc (Linux); 0 where it cannot be read. */
    private static long rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
