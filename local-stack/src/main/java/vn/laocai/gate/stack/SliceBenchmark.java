package vn.laocai.gate.stack;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

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
 * every process (idle and after the run). Nothing is asserted: {@code ./gate bench [crossings] [concurrency]} runs it;
 * {@code GATE_APP_SIZING=off} starts the apps with the earlier 256 MiB heap and no other sizing ({@link Footprint}).
 *
 * <p>The queue's anti-scalping limits and hourly capacity are raised for the run, and every crossing
 * has an account, a vehicle and a driver of its own, so that the figures measure the platform and
 * not its refusals.
 */
public final class SliceBenchmark {

    private static final List<String[]> FRUIT_DOCUMENTS = List.of(
            new String[] {"INVOICE", "INV-2026-"},
            new String[] {"PACKING_LIST", "PL-2026-"},
            new String[] {"CERTIFICATE_OF_ORIGIN", "E2026-VN-"},
            new String[] {"PLANTING_AREA_CODE", "VN-LCA-0101"},
            new String[] {"PACKING_HOUSE_CODE", "VN-LCPH-0012"},
            new String[] {"PHYTOSANITARY_CERTIFICATE", "VN-PHYTO-2026-"});

    private final Platform platform;
    private final BenchClient client;
    private final String trader;
    private final String gate;
    private final String quarantine;
    private final String guard;
    private final AtomicLong numbers = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);
    private final AtomicLong runs = new AtomicLong();

    private SliceBenchmark(Platform platform) {
        this.platform = platform;
        this.client = new BenchClient(platform);
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
                .appSizing(!"off".equalsIgnoreCase(System.getenv("GATE_APP_SIZING")))
                .build();
        System.out.printf("Starting the platform in %s ...%n", home);
        long t0 = System.nanoTime();
        try (Platform platform = Platform.start(config)) {
            System.out.printf("Platform ready in %.1f s%n%n", (System.nanoTime() - t0) / 1e9);
            SliceBenchmark benchmark = new SliceBenchmark(platform);
            BenchClient.sleep(10_000);
            benchmark.client.printMemory("idle, 10 s after ready");
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
        double seconds = BenchClient.phase(crossings, concurrency, i -> {
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
        String code = BenchClient.timed(ms, "book a crossing",
                () -> client.send("POST", Apps.VEHICLE_QUEUE, "/api/bookings", driver, BenchClient.bookingJson(plate, n), 201)).get("code").asText();
        String shareCode = client.send("POST", Apps.VEHICLE_QUEUE, "/api/bookings/" + code + "/consents", driver, null, 201)
                .get("shareCode").asText();
        String id = BenchClient.timed(ms, "declare (once the booking is known)", () -> declareWhenKnown(code, shareCode)).get("id").asText();
        for (String[] document : FRUIT_DOCUMENTS) {
            // a planting-area or packing-house code must be one on the GACC code list in force: the bundled sample's
            String number = document[0].endsWith("_CODE") ? document[1] : document[1] + n;
            BenchClient.timed(ms, "attach a document", () -> client.upload(trader, id, document[0], number));
        }
        long documented = System.nanoTime();
        BenchClient.timed(ms, "check in at the yard", () -> client.send("POST", Apps.VEHICLE_QUEUE, "/api/yard/check-ins", gate,
                "{\"plate\": \"" + plate + "\"}", 200));
        String yard = "/api/yard/vehicles/" + code;
        String outOfTurn = "{\"reason\": \"Benchmark: called as soon as it may go\"}";
        BenchClient.until(() -> client.request("POST", Apps.VEHICLE_QUEUE, yard + "/call-forward", gate, outOfTurn).statusCode() == 200, code + " callable");
        ms.get("documents complete -> callable").add((System.nanoTime() - documented) / 1_000_000);
        BenchClient.timed(ms, "gate-in", () -> client.send("POST", Apps.VEHICLE_QUEUE, yard + "/gate-in", gate, "{}", 200));
        String decisions = "/api/declarations/" + id + "/steps/";
        String reason = "\"reason\": \"Checked at Kim Thanh No. 2\"";
        BenchClient.timed(ms, "officer's decision", () -> client.send("POST", Apps.CLEARANCE, decisions + "PLANT_QUARANTINE/decisions", quarantine,
                "{\"decision\": \"PASS\", " + reason + "}", 200));
        BenchClient.timed(ms, "officer's decision", () -> client.send("POST", Apps.CLEARANCE, decisions + "BORDER_GUARD/decisions", guard,
                "{\"decision\": \"CLEAR\", " + reason + "}", 200));
        BenchClient.until(() -> customsDone(id), id + " released by customs");
        BenchClient.timed(ms, "pay the fee", () -> client.send("POST", Apps.CLEARANCE, "/api/declarations/" + id + "/fee/payment", trader, null, 200));
        long paid = System.nanoTime();
        BenchClient.until(() -> "RELEASED".equals(client.send("GET", Apps.VEHICLE_QUEUE, "/api/bookings/" + code, driver, null, 200).get("status").asText()),
                code + " released");
        ms.get("fee paid -> vehicle released").add((System.nanoTime() - paid) / 1_000_000);
        BenchClient.timed(ms, "gate-out", () -> client.send("POST", Apps.VEHICLE_QUEUE, yard + "/gate-out", gate, "{}", 200));
        ms.get("booked -> vehicle out").add((System.nanoTime() - begin) / 1_000_000);
    }

    private boolean customsDone(String id) {
        for (JsonNode step : client.send("GET", Apps.CLEARANCE, "/api/declarations/" + id, trader, null, 200).get("steps")) {
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
        MEASURES.subList(0, 8).forEach(m -> BenchClient.row(m, f.ms().get(m)));
        System.out.println();
        System.out.println("Event pipeline (ms), through Kafka and three services (simulated customs ~100 ms of it;");
        System.out.println("the clients poll every 100 ms, which the figures include)");
        MEASURES.subList(8, MEASURES.size()).forEach(m -> BenchClient.row(m, f.ms().get(m)));
        System.out.println();
        client.printMemory("after the run");
    }

    private JsonNode declareWhenKnown(String bookingCode, String shareCode) {
        return client.declareWhenKnown(trader, BenchClient.declarationJson(
                String.format("3%011d", numbers.incrementAndGet() % 100_000_000_000L), bookingCode, shareCode));
    }
}
