package vn.laocai.gate.stack;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads against a growing history: on a platform of its own (temporary folder, free ports, the queue
 * and clearance services), the live work is made through the API (a driver's 60 bookings, 30 of them
 * in the yard queue, a trader's 60 declarations on them), then past crossings and declarations are
 * loaded with generated SQL ({@code growth/queue-history.sql}, {@code growth/clearance-history.sql}:
 * {@code generate_series}, 5,000 accounts, a row a minute going back, every step done), first
 * {@code small} of each, then up to {@code large}; after each load and an ANALYZE, every read is timed
 * {@code samples} times one after the other, and the figures printed: p50/p95 at both sizes and their
 * ratio. The same live rows are read at both sizes, so the ratio is what the history costs.
 * Nothing is asserted.
 *
 * <p>{@code ./gate bench growth [small] [large] [samples]}, defaults 10000, 1000000 and 200.
 */
public final class GrowthBenchmark {

    private static final int LIVE = 60;
    private static final long CHUNK = 100_000;

    private final Platform platform;
    private final BenchClient http;
    private final String driver;
    private final String trader;
    private final String officer;
    private final String supervisor;
    private final String gate;

    /** One read: what it is, where, with whose token. */
    private record Read(String name, String app, String path, String token) {
    }

    private GrowthBenchmark(Platform platform) {
        this.platform = platform;
        this.http = new BenchClient(platform);
        this.driver = platform.token("growth-driver", "driver");
        this.trader = platform.token("growth-trader", "trader");
        this.officer = platform.token("growth-officer", "customs-officer");
        this.supervisor = platform.token("growth-supervisor", "supervisor");
        this.gate = platform.token("growth-gate", "gate-officer");
    }

    public static void main(String[] args) throws Exception {
        long small = args.length > 0 ? Long.parseLong(args[0]) : 10_000;
        long large = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path repo = Path.of(System.getenv().getOrDefault("GATE_REPO", ".")).toAbsolutePath().normalize();
        Path home = Files.createTempDirectory("gate-bench-growth");
        PlatformConfig config = PlatformConfig.builder(home, repo)
                .freePorts()
                .apps(Apps.VEHICLE_QUEUE, Apps.CLEARANCE)
                .env(Apps.VEHICLE_QUEUE, "GATE_QUEUE_LANES_VEHICLES_PER_LANE_PER_DAY", "100000000")
                .env(Apps.VEHICLE_QUEUE, "GATE_QUEUE_LIMITS_BOOKING_REQUESTS_PER_MINUTE", "100000")
                .env(Apps.VEHICLE_QUEUE, "GATE_QUEUE_LIMITS_OPEN_BOOKINGS_PER_ACCOUNT", "100000000")
                // a loaded machine can take longer than the default 5 s to hand out a first connection
                .env(Apps.VEHICLE_QUEUE, "QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "60S")
                .env(Apps.CLEARANCE, "QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "60S")
                .readyTimeout(Duration.ofSeconds(600))
                .build();
        System.out.printf("Starting the platform in %s ...%n", home);
        try (Platform platform = Platform.start(config)) {
            GrowthBenchmark benchmark = new GrowthBenchmark(platform);
            List<Read> reads = benchmark.liveWork();
            Map<String, Latencies[]> figures = new LinkedHashMap<>();
            reads.forEach(r -> figures.put(r.name(), new Latencies[2]));
            long loaded = 0;
            long[] sizes = {small, large};
            for (int s = 0; s < sizes.length; s++) {
                long started = System.nanoTime();
                benchmark.load(loaded + 1, sizes[s]);
                loaded = sizes[s];
                System.out.printf(Locale.ROOT, "%,d past crossings and declarations loaded (%.0f s); load average %s; timing %d of each read ...%n",
                        loaded, (System.nanoTime() - started) / 1e9, WriteBenchmark.loadAverage(), samples);
                for (Read read : reads) {
                    figures.get(read.name())[s] = benchmark.time(read, samples);
                }
            }
            System.out.printf(Locale.ROOT, "%nRead (ms)                                   p50 @%-8s p95 @%-8s p50 @%-8s p95 @%-8s ratio p50  ratio p95%n",
                    count(small), count(small), count(large), count(large));
            figures.forEach((name, f) -> System.out.printf(Locale.ROOT, "  %-40s %9.1f %12.1f %12.1f %12.1f %9.2f %10.2f%n", name,
                    f[0].percentileMs(50), f[0].percentileMs(95), f[1].percentileMs(50), f[1].percentileMs(95),
                    f[1].percentileMs(50) / f[0].percentileMs(50), f[1].percentileMs(95) / f[0].percentileMs(95)));
            System.out.printf("%nLoad average at the end: %s%n", WriteBenchmark.loadAverage());
        }
    }

    private static String count(long n) {
        return n >= 1_000_000 && n % 1_000_000 == 0 ? n / 1_000_000 + "M" : n >= 1000 && n % 1000 == 0 ? n / 1000 + "k" : String.valueOf(n);
    }

    /** The live rows every read finds at both sizes; the reads themselves. */
    private List<Read> liveWork() throws Exception {
        List<String[]> bookings = new ArrayList<>();
        long n = System.currentTimeMillis() % 1_000_000;
        for (int i = 0; i < LIVE; i++) {
            String plate = "%02dC-%03d.%02d".formatted(11 + (n + i) % 88, (n / 88 + i) % 1000, i % 100);
            String body = BenchClient.bookingJson(plate, "G%07d".formatted((n * 100 + i) % 10_000_000), Instant.now().plusSeconds(60));
            String code = http.send("POST", Apps.VEHICLE_QUEUE, "/api/bookings", driver, body, 201).get("code").asText();
            String share = http.send("POST", Apps.VEHICLE_QUEUE, "/api/bookings/" + code + "/consents", driver, null, 201).get("shareCode").asText();
            bookings.add(new String[] {code, share, plate});
        }
        for (int i = 0; i < LIVE / 2; i++) {
            http.send("POST", Apps.VEHICLE_QUEUE, "/api/yard/check-ins", gate, "{\"plate\": \"" + bookings.get(i)[2] + "\"}", 200);
        }
        String declaration = null;
        for (int i = 0; i < LIVE; i++) {
            String[] b = bookings.get(i);
            String body = BenchClient.declarationJson("4%011d".formatted((n * 100 + i) % 100_000_000_000L), b[0], b[1]);
            declaration = declareWhenKnown(body);
        }
        String day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        return List.of(
                new Read("officer's declarations (latest 50)", Apps.CLEARANCE, "/api/declarations", officer),
                new Read("clearance statistics", Apps.CLEARANCE, "/api/clearance/statistics", supervisor),
                new Read("trader's declarations", Apps.CLEARANCE, "/api/declarations", trader),
                new Read("trader's tracking of one", Apps.CLEARANCE, "/api/declarations/" + declaration + "/tracking", trader),
                new Read("driver's bookings", Apps.VEHICLE_QUEUE, "/api/bookings", driver),
                new Read("a booking (officer)", Apps.VEHICLE_QUEUE, "/api/bookings/" + bookings.get(0)[0], gate),
                new Read("yard board (export)", Apps.VEHICLE_QUEUE, "/api/yard/queue?direction=EXPORT", gate),
                new Read("slots of today (export)", Apps.VEHICLE_QUEUE, "/api/slots/" + day + "/EXPORT", driver),
                new Read("out-of-turn calls of today", Apps.VEHICLE_QUEUE, "/api/yard/out-of-turn?day=" + day, supervisor));
    }

    private String declareWhenKnown(String body) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            HttpResponse<String> r = http.exchange(http.build("POST", Apps.CLEARANCE, "/api/declarations", trader, body));
            if (r.statusCode() == 201) {
                return BenchClient.parse(r.body()).get("id").asText();
            }
            if (r.statusCode() != 422 || System.nanoTime() > deadline) {
                throw new IllegalStateException("declaration refused: HTTP " + r.statusCode() + " " + r.body());
            }
            Thread.sleep(200);
        }
    }

    /** Rows {@code from}..{@code to} of both histories, in chunks, then ANALYZE. */
    private void load(long from, long to) throws SQLException, IOException {
        for (String[] target : List.of(new String[] {"vehicle_queue", "growth/queue-history.sql"},
                new String[] {"clearance", "growth/clearance-history.sql"})) {
            List<String> statements = statements(target[1]);
            try (Connection c = DriverManager.getConnection(platform.infra().jdbcUrl(target[0]), platform.infra().dbUser(),
                    platform.infra().dbPassword())) {
                for (long first = from; first <= to; first += CHUNK) {
                    long last = Math.min(to, first + CHUNK - 1);
                    for (String sql : statements) {
                        try (PreparedStatement insert = c.prepareStatement(sql)) {
                            insert.setLong(1, first);
                            insert.setLong(2, last);
                            insert.executeUpdate();
                        }
                    }
                }
                try (Statement analyze = c.createStatement()) {
                    analyze.execute("analyze");
                }
            }
        }
    }

    private static List<String> statements(String resource) throws IOException {
        try (InputStream in = GrowthBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*\\n", "");
            return List.of(text.split("(?m)^;;\\s*$")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    /** {@code samples} of the read one after the other, after a warm-up of 20. */
    private Latencies time(Read read, int samples) {
        Latencies latencies = new Latencies();
        for (int i = 0; i < samples + 20; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.exchange(http.build("GET", read.app(), read.path(), read.token(), null));
            long micros = (System.nanoTime() - t0) / 1000;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(read.name() + ": HTTP " + r.statusCode() + " " + r.body());
            }
            if (i >= 20) {
                latencies.add(micros);
            }
        }
        return latencies;
    }
}
