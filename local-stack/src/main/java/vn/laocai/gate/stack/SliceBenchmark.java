package vn.laocai.gate.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Measures the whole crossing on this machine and prints the figures. It starts the platform in a
 * temporary folder on free ports, with the simulated customs answering green within about 100 ms and
 * the quarantine and border-guard systems leaving the decision to their officers, then walks N
 * crossings at once, each as the people at the gate would: a driver books, a trader declares and
 * attaches the six documents a fresh-fruit export to China needs, the yard checks the truck in,
 * calls it forward once clearance allows it and lets it into the gate, the officers record their
 * decisions, the trader pays the fee, the vehicle is released and leaves. It reports the latency of
 * the requests, of the event pipeline (documents complete -> the yard may call the truck; fee paid ->
 * vehicle released, both crossing three services and Kafka), throughput, and the resident memory of
 * every process. Nothing is asserted: {@code ./gate bench [crossings] [concurrency]} runs it.
 *
 * <p>The queue's anti-scalping limits and hourly capacity are raised for the run, and every crossing
 * has an account, a vehicle and a driver of its own, so that the figures measure the platform and
 * not its refusals.
 */
public final class SliceBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final List<String[]> FRUIT_DOCUMENTS = List.of(
            new String[] {"INVOICE", "INV-2026-"},
            new String[] {"PACKING_LIST", "PL-2026-"},
            new String[] {"CERTIFICATE_OF_ORIGIN", "E2026-VN-"},
            new String[] {"PLANTING_AREA_CODE", "VN-LCA-"},
            new String[] {"PACKING_HOUSE_CODE", "VN-LCPH-"},
            new String[] {"PHYTOSANITARY_CERTIFICATE", "VN-PHYTO-2026-"});

    private final Platform platform;
    private final String trader;
    private final String gate;
    private final String quarantine;
    private final String guard;
    private final AtomicLong numbers = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);
    private final AtomicLong runs = new AtomicLong();

    private SliceBenchmark(Platform platform) {
        this.platform = platform;
        this.trader = platform.token("bench-trader", "trader");
        this.gate = platform.token("bench-gate", "gate-officer");
        this.quarantine = platform.token("bench-quarantine", "quarantine-officer");
        this.guard = platform.token("bench-guard", "border-guard");
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
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_NSW_INVALID_SHARE", "0")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_QUARANTINE_DECISION_DELAY", "PT1H")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_BORDER_GUARD_CHECK_DELAY", "PT1H")
                .env(Apps.VEHICLE_QUEUE, "GATE_QUEUE_LANES_VEHICLES_PER_LANE_PER_DAY", "1000000")
                .env(Apps.VEHICLE_QUEUE, "GATE_QUEUE_LIMITS_BOOKING_REQUESTS_PER_MINUTE", "1000")
                .env(Apps.VEHICLE_QUEUE, "GATE_QUEUE_YARD_GATE_AREA_CAPACITY", "100000")
                .env(Apps.VEHICLE_QUEUE, "GATE_QUEUE_YARD_ACROSS_AT_A_TIME", "100000")
                .readyTimeout(Duration.ofSeconds(240))
                .build();
        System.out.printf("Starting the platform in %s ...%n", home);
        long t0 = System.nanoTime();
        try (Platform platform = Platform.start(config)) {
            System.out.printf("Platform ready in %.1f s%n%n", (System.nanoTime() - t0) / 1e9);
            SliceBenchmark benchmark = new SliceBenchmark(platform);
            int warmUp = Math.min(20, crossings);
            System.out.printf("Warming up with %d crossings (not counted) ...%n", warmUp);
            benchmark.measure(warmUp, concurrency);
            benchmark.report(benchmark.measure(crossings, concurrency));
        }
    }

    /** What one run measured, in milliseconds per crossing. */
    private record Figures(int crossings, int concurrency, Map<String, List<Long>> ms, double seconds) {
    }

    private static final List<String> MEASURES = List.of(
            "book a crossing", "declare (once the booking is known)", "attach a document", "check in at the yard",
            "gate-in", "officer's decision", "pay the fee", "gate-out",
            "documents complete -> callable", "fee paid -> vehicle released", "booked -> vehicle out");

    private Figures measure(int crossings, int concurrency) throws Exception {
        Map<String, List<Long>> ms = new ConcurrentHashMap<>();
        MEASURES.forEach(m -> ms.put(m, Collections.synchronizedList(new ArrayList<>())));
        long run = runs.incrementAndGet();
        double seconds = phase(crossings, concurrency, i -> {
            crossing(run * 100_000 + i, ms);
            return null;
        });
        return new Figures(crossings, concurrency, ms, seconds);
    }

    /** One truck from booking to gate-out, timing every step. */
    private void crossing(long n, Map<String, List<Long>> ms) {
        String driver = platform.token("bench-driver-" + n, "driver");
        String plate = "%02dC-%03d.%02d".formatted(11 + n % 88, (n / 100) % 1000, n % 100);
        long begin = System.nanoTime();
        String code = timed(ms, "book a crossing",
                () -> send("POST", Apps.VEHICLE_QUEUE, "/api/bookings", driver, bookingJson(plate, n), 201)).get("code").asText();
        String shareCode = send("POST", Apps.VEHICLE_QUEUE, "/api/bookings/" + code + "/consents", driver, null, 201)
                .get("shareCode").asText();
        String id = timed(ms, "declare (once the booking is known)", () -> declareWhenKnown(code, shareCode)).get("id").asText();
        for (String[] document : FRUIT_DOCUMENTS) {
            timed(ms, "attach a document", () -> upload(id, document[0], document[1] + n));
        }
        long documented = System.nanoTime();
        timed(ms, "check in at the yard", () -> send("POST", Apps.VEHICLE_QUEUE, "/api/yard/check-ins", gate,
                "{\"plate\": \"" + plate + "\"}", 200));
        String yard = "/api/yard/vehicles/" + code;
        String outOfTurn = "{\"reason\": \"Benchmark: called as soon as it may go\"}";
        until(() -> request("POST", Apps.VEHICLE_QUEUE, yard + "/call-forward", gate, outOfTurn).statusCode() == 200, code + " callable");
        ms.get("documents complete -> callable").add((System.nanoTime() - documented) / 1_000_000);
        timed(ms, "gate-in", () -> send("POST", Apps.VEHICLE_QUEUE, yard + "/gate-in", gate, "{}", 200));
        String decisions = "/api/declarations/" + id + "/steps/";
        String reason = "\"reason\": \"Checked at Kim Thanh No. 2\"";
        timed(ms, "officer's decision", () -> send("POST", Apps.CLEARANCE, decisions + "PLANT_QUARANTINE/decisions", quarantine,
                "{\"decision\": \"PASS\", " + reason + "}", 200));
        timed(ms, "officer's decision", () -> send("POST", Apps.CLEARANCE, decisions + "BORDER_GUARD/decisions", guard,
                "{\"decision\": \"CLEAR\", " + reason + "}", 200));
        until(() -> customsDone(id), id + " released by customs");
        timed(ms, "pay the fee", () -> send("POST", Apps.CLEARANCE, "/api/declarations/" + id + "/fee/payment", trader, null, 200));
        long paid = System.nanoTime();
        until(() -> "RELEASED".equals(send("GET", Apps.VEHICLE_QUEUE, "/api/bookings/" + code, driver, null, 200).get("status").asText()),
                code + " released");
        ms.get("fee paid -> vehicle released").add((System.nanoTime() - paid) / 1_000_000);
        timed(ms, "gate-out", () -> send("POST", Apps.VEHICLE_QUEUE, yard + "/gate-out", gate, "{}", 200));
        ms.get("booked -> vehicle out").add((System.nanoTime() - begin) / 1_000_000);
    }

    private boolean customsDone(String id) {
        for (JsonNode step : send("GET", Apps.CLEARANCE, "/api/declarations/" + id, trader, null, 200).get("steps")) {
            if ("CUSTOMS".equals(step.get("step").asText())) {
                return "DONE".equals(step.get("state").asText());
            }
        }
        return false;
    }

    private void report(Figures f) {
        System.out.printf("%n%d crossings, %d at a time, %.1f s in all (%.2f crossings/s)%n%n", f.crossings(), f.concurrency(),
                f.seconds(), f.crossings() / f.seconds());
        System.out.println("Requests (ms)                              p50     p95     p99     max");
        MEASURES.subList(0, 8).forEach(m -> row(m, f.ms().get(m)));
        System.out.println();
        System.out.println("Event pipeline (ms), through Kafka and three services (simulated customs ~100 ms of it;");
        System.out.println("the clients poll every 100 ms, which the figures include)");
        MEASURES.subList(8, MEASURES.size()).forEach(m -> row(m, f.ms().get(m)));
        System.out.println();
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

    private static <T> T timed(Map<String, List<Long>> ms, String measure, Supplier<T> step) {
        long start = System.nanoTime();
        T result = step.get();
        ms.get(measure).add((System.nanoTime() - start) / 1_000_000);
        return result;
    }

    /** Polls every 100 ms for up to 5 minutes. */
    private static void until(BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not reached after 5 minutes: " + what);
            }
            sleep(100);
        }
    }

    private JsonNode declareWhenKnown(String bookingCode, String shareCode) {
        String body = declarationJson(bookingCode, shareCode, String.format("3%011d", numbers.incrementAndGet() % 100_000_000_000L));
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

    /** Attaches a document as a multipart form: a small PDF, or only the number for the area and packing-house codes. */
    private JsonNode upload(String id, String type, String number) {
        String boundary = "gate-bench-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "form-data; name=\"type\"", null, type.getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "form-data; name=\"number\"", null, number.getBytes(StandardCharsets.UTF_8));
        if (!type.endsWith("_CODE")) {
            part(body, boundary, "form-data; name=\"file\"; filename=\"" + number + ".pdf\"", "application/pdf", PDF);
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest request = HttpRequest.newBuilder(URI.create(platform.url(Apps.CLEARANCE) + "/api/declarations/" + id + "/documents"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + trader)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Upload refused: HTTP " + response.statusCode() + " " + response.body());
        }
        return parse(response.body());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String disposition, String contentType, byte[] content) {
        StringBuilder head = new StringBuilder("--").append(boundary).append("\r\nContent-Disposition: ").append(disposition).append("\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        body.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
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
        return exchange(request.build());
    }

    private static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
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

    /** A reefer truck over 10 t carrying lychee for export, arriving now, with a driver of its own. */
    private static String bookingJson(String plate, long n) {
        return """
                {"plate": "%s", "vehicleType": "REEFER_TRUCK", "weightClass": "OVER_10T",
                 "driver": {"name": "Lò Văn Minh", "nationality": "VN", "documentNumber": "B%07d", "phone": "+84 912 000 000"},
                 "direction": "EXPORT", "cargoCategory": "PERISHABLE", "plannedArrival": "%s"}
                """.formatted(plate, n % 10_000_000, Instant.now().plusSeconds(10));
    }

    private static String declarationJson(String bookingCode, String shareCode, String number) {
        return """
                {"declarant": {"taxCode": "5300123456", "name": "HTX Vai thieu Bac Ha"}, "consignee": "Hekou Guomao Co.",
                 "customsDeclarationNumber": "%s", "direction": "EXPORT", "destinationCountry": "CN",
                 "bookingCodes": ["%s"], "shareCodes": ["%s"],
                 "goodsLines": [{"hsCode": "0810.90.10", "description": "Fresh lychee in crates",
                 "quantity": 12000, "unit": "KGM", "netWeightKg": 12000, "grossWeightKg": 13100, "value": 21600,
                 "currency": "USD", "originCountry": "VN"}]}
                """.formatted(number, bookingCode, shareCode);
    }

    private static void row(String label, List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-40s %6d  %6d  %6d  %6d%n", label, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
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
