package vn.laocai.gate.stack;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the event pipeline to CLEARED and prints the figures; nothing is asserted. It starts the platform
 * in a temporary folder on free ports with every simulated agency answering within about 50 ms (the border
 * guard's system only when polled), then walks a consignment of machinery for export from booking to
 * CLEARED: a driver books, a trader declares (once clearance knows the booking) and attaches the invoice
 * and the packing list, the yard checks the truck in (which hands it to the border guard), calls it forward
 * and lets it into the gate, the trader pays the fee; customs and the border guard answer through the
 * customs adapter. First {@code flows} such flows as fast as {@code 16} clients go (flows/s to CLEARED),
 * then the same number started at a fixed {@code rate} a second, each hop's latency read from the
 * services' own timestamps: booking -> clearance knows it (the declaration accepted), declaration ->
 * lodged at customs, truck checked in -> border check answered, last answer or payment -> CLEARED,
 * CLEARED -> released at the queue. {@code GATE_BENCH_PIPELINE=before} runs the customs adapter with the
 * earlier settings (20 handoffs polled every 5 s, one call at a time per system), for a comparison.
 *
 * <p>{@code ./gate bench pipeline [flows] [rate]} runs it.
 */
public final class PipelineBenchmark {

    private static final int CLIENTS = 16;
    private static final List<String> HOPS = List.of(
            "booking -> clearance knows it", "declaration -> lodged at customs", "checked in -> border check answered",
            "last answer or payment -> CLEARED", "CLEARED -> released at the queue");

    private final Platform platform;
    private final BenchClient client;
    private final String trader;
    private final String gate;
    private final AtomicLong numbers = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    private PipelineBenchmark(Platform platform) {
        this.platform = platform;
        this.client = new BenchClient(platform);
        this.trader = platform.token("pipeline-trader", "trader");
        this.gate = platform.token("pipeline-gate", "gate-officer");
    }

    public static void main(String[] args) throws Exception {
        int flows = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        boolean before = "before".equalsIgnoreCase(System.getenv("GATE_BENCH_PIPELINE"));
        Path repo = Path.of(System.getenv().getOrDefault("GATE_REPO", ".")).toAbsolutePath().normalize();
        PlatformConfig.Builder config = PlatformConfig.builder(Files.createTempDirectory("gate-pipeline"), repo)
                .freePorts()
                .appSizing(!"off".equalsIgnoreCase(System.getenv("GATE_APP_SIZING")))
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_ALL_GREEN", "true")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_CHANNEL_DELAY", "50ms")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_RELEASE_DELAY_GREEN", "50ms")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_BORDER_GUARD_CHECK_DELAY", "50ms")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_BORDER_GUARD_REFUSED_SHARE", "0")
                .env(Apps.VEHICLE_QUEUE, "GATE_QUEUE_LANES_VEHICLES_PER_LANE_PER_DAY", "1000000")
                .env(Apps.VEHICLE_QUEUE, "GATE_QUEUE_LIMITS_BOOKING_REQUESTS_PER_MINUTE", "100000")
                .env(Apps.VEHICLE_QUEUE, "GATE_QUEUE_YARD_GATE_AREA_CAPACITY", "100000")
                .env(Apps.VEHICLE_QUEUE, "GATE_QUEUE_YARD_ACROSS_AT_A_TIME", "100000")
                .readyTimeout(Duration.ofSeconds(300));
        if (before) {
            config.env(Apps.CUSTOMS_ADAPTER, "GATE_CUSTOMS_ANSWERS_BATCH_SIZE", "20")
                    .env(Apps.CUSTOMS_ADAPTER, "GATE_CUSTOMS_ANSWERS_POLL_INTERVAL", "5s")
                    .env(Apps.CUSTOMS_ADAPTER, "GATE_CUSTOMS_ANSWERS_IDLE_POLL_INTERVAL", "5s")
                    .env(Apps.CUSTOMS_ADAPTER, "GATE_CUSTOMS_DISPATCH_BATCH_SIZE", "20");
            for (String system : List.of("VNACCS", "NSW", "QUARANTINE", "BORDER_GUARD")) {
                config.env(Apps.CUSTOMS_ADAPTER, "GATE_CUSTOMS_" + system + "_MAX_CONCURRENT_CALLS", "1");
            }
        }
        System.out.printf("Starting the platform (customs adapter with the %s settings) ...%n", before ? "earlier" : "current");
        try (Platform platform = Platform.start(config.build())) {
            PipelineBenchmark benchmark = new PipelineBenchmark(platform);
            BenchClient.sleep(10_000);
            benchmark.client.printMemory("idle, 10 s after ready");
            System.out.println("Warming up with 10 flows (not counted) ...");
            benchmark.asFastAsPossible(10);
            double seconds = benchmark.asFastAsPossible(flows);
            System.out.printf(Locale.ROOT, "%n%d flows, %d clients, all CLEARED in %.1f s: %.1f flows/s to CLEARED%n",
                    flows, CLIENTS, seconds, flows / seconds);
            Map<String, List<Long>> hops = benchmark.atRate(flows, rate);
            System.out.printf(Locale.ROOT, "%nHops at %.0f flows/s, %d flows (ms, from the services' timestamps)"
                    + "                p50     p95     p99     max%n", rate, flows);
            HOPS.forEach(h -> BenchClient.row(h, hops.get(h)));
            System.out.println();
            benchmark.client.printMemory("after the run");
        }
    }

    /** Runs {@code flows} flows on {@code CLIENTS} threads; answers the seconds until the last one was CLEARED. */
    private double asFastAsPossible(int flows) throws Exception {
        Map<String, List<Long>> ignored = hopLists();
        long start = System.nanoTime();
        AtomicLong lastCleared = new AtomicLong(start);
        BenchClient.phase(flows, CLIENTS, i -> {
            flow(numbers.incrementAndGet(), ignored);
            lastCleared.accumulateAndGet(System.nanoTime(), Math::max);
            return null;
        });
        return (lastCleared.get() - start) / 1e9;
    }

    /** Starts one flow every {@code 1/rate} s, each on a thread of its own; answers each hop's latencies. */
    private Map<String, List<Long>> atRate(int flows, double rate) throws Exception {
        Map<String, List<Long>> hops = hopLists();
        ExecutorService pool = Executors.newCachedThreadPool();
        AtomicInteger failed = new AtomicInteger();
        List<Future<?>> all = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < flows; i++) {
                long due = start + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    BenchClient.sleep(wait / 1_000_000);
                }
                long n = numbers.incrementAndGet();
                all.add(pool.submit(() -> {
                    try {
                        flow(n, hops);
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        System.out.println("  flow failed: " + e.getMessage());
                    }
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        if (failed.get() > 0) {
            System.out.printf("%d of %d flows failed%n", failed.get(), flows);
        }
        return hops;
    }

    private static Map<String, List<Long>> hopLists() {
        Map<String, List<Long>> hops = new ConcurrentHashMap<>();
        HOPS.forEach(h -> hops.put(h, Collections.synchronizedList(new ArrayList<>())));
        return hops;
    }

    /** One consignment from booking to CLEARED and released; its hops added to {@code hops}. */
    private void flow(long n, Map<String, List<Long>> hops) {
        String driver = platform.token("pipeline-driver-" + n, "driver");
        String plate = "%02dH-%03d.%02d".formatted(11 + n % 88, (n / 100) % 1000, n % 100);
        long booking = System.nanoTime();
        String code = client.send("POST", Apps.VEHICLE_QUEUE, "/api/bookings", driver, BenchClient.bookingJson(plate, n), 201)
                .get("code").asText();
        String shareCode = client.send("POST", Apps.VEHICLE_QUEUE, "/api/bookings/" + code + "/consents", driver, null, 201)
                .get("shareCode").asText();
        String id = client.declareWhenKnown(trader, declarationJson(code, shareCode, n)).get("id").asText();
        hops.get(HOPS.get(0)).add((System.nanoTime() - booking) / 1_000_000);
        client.upload(trader, id, "INVOICE", "INV-2026-" + n);
        client.upload(trader, id, "PACKING_LIST", "PL-2026-" + n);
        client.send("POST", Apps.VEHICLE_QUEUE, "/api/yard/check-ins", gate, "{\"plate\": \"" + plate + "\"}", 200);
        String yard = "/api/yard/vehicles/" + code;
        String outOfTurn = "{\"reason\": \"Benchmark: called as soon as it may go\"}";
        BenchClient.until(() -> client.request("POST", Apps.VEHICLE_QUEUE, yard + "/call-forward", gate, outOfTurn)
                .statusCode() == 200, code + " callable");
        client.send("POST", Apps.VEHICLE_QUEUE, yard + "/gate-in", gate, "{}", 200);
        String declaration = "/api/declarations/" + id;
        BenchClient.until(() -> client.request("POST", Apps.CLEARANCE, declaration + "/fee/payment", trader, null)
                .statusCode() == 200, id + " fee paid");
        BenchClient.until(() -> "CLEARED".equals(client.send("GET", Apps.CLEARANCE, declaration, trader, null, 200)
                .get("status").asText()), id + " cleared");
        String bookingPath = "/api/bookings/" + code;
        BenchClient.until(() -> client.send("GET", Apps.VEHICLE_QUEUE, bookingPath, driver, null, 200)
                .hasNonNull("releasedAt"), code + " released");
        record(hops, client.send("GET", Apps.CLEARANCE, declaration, trader, null, 200),
                client.send("GET", Apps.CLEARANCE, declaration + "/timeline", trader, null, 200),
                client.send("GET", Apps.VEHICLE_QUEUE, bookingPath, driver, null, 200));
    }

    /** The hops after the declaration, from the services' own timestamps. */
    private static void record(Map<String, List<Long>> hops, JsonNode declaration, JsonNode timeline, JsonNode booking) {
        Instant submitted = instant(declaration.get("submittedAt"));
        Instant cleared = instant(declaration.get("clearedAt"));
        Instant lodged = null;
        Instant borderChecked = null;
        for (JsonNode entry : timeline) {
            String step = entry.path("step").asText();
            if (lodged == null && "HANDOFF_ACCEPTED".equals(step) && "VNACCS".equals(entry.path("actor").asText())) {
                lodged = instant(entry.get("at"));
            }
            if ("BORDER_CHECK_VEHICLE_CLEARED".equals(step)) {
                borderChecked = instant(entry.get("at"));
            }
        }
        Instant lastAnswer = latest(borderChecked, instant(declaration.path("fee").get("paidAt")));
        for (JsonNode step : declaration.path("steps")) {
            lastAnswer = latest(lastAnswer, instant(step.get("completedAt")));
        }
        add(hops, HOPS.get(1), submitted, lodged);
        add(hops, HOPS.get(2), instant(booking.get("checkedInAt")), borderChecked);
        add(hops, HOPS.get(3), lastAnswer, cleared);
        add(hops, HOPS.get(4), cleared, instant(booking.get("releasedAt")));
    }

    private static void add(Map<String, List<Long>> hops, String hop, Instant from, Instant to) {
        if (from != null && to != null) {
            hops.get(hop).add(Math.max(0, Duration.between(from, to).toMillis()));
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static Instant instant(JsonNode value) {
        return value == null || value.isNull() ? null : Instant.parse(value.asText());
    }

    /** Harvesters for export to China: chapter 84, so the invoice and the packing list are all it needs. */
    private String declarationJson(String bookingCode, String shareCode, long n) {
        return """
                {"declarant": {"taxCode": "5300123456", "name": "Cong ty May Nong nghiep Lao Cai"}, "consignee": "Hekou Guomao Co.",
                 "customsDeclarationNumber": "%s", "direction": "EXPORT", "destinationCountry": "CN",
                 "bookingCodes": ["%s"], "shareCodes": ["%s"],
                 "goodsLines": [{"hsCode": "8433.51.00", "description": "Combine harvesters",
                 "quantity": 2, "unit": "PCE", "netWeightKg": 9000, "grossWeightKg": 9600, "value": 64000,
                 "currency": "USD", "originCountry": "VN"}]}
                """.formatted(String.format("4%011d", n % 100_000_000_000L), bookingCode, shareCode);
    }
}
