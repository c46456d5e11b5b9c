package vn.laocai.gate.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.laocai.gate.infra.FreePorts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * The write path against its limit: {@code POST /api/bookings} and {@code POST /api/declarations}
 * through HTTP, side by side with pgbench running the very SQL each request runs, captured from the
 * server's log ({@code log_statement=all} for a few requests, {@link CapturedTransaction}). Both run
 * in turn on the same database of a platform of its own (temporary folder, free ports; PostgreSQL
 * started here with a csvlog, the queue and clearance services against it), {@code runs} times each
 * for {@code seconds}, with {@code clients} at once: for the HTTP side a closed loop of that many
 * threads over many accounts (a driver token per booking, a trader per declaration, from 400
 * drivers and 50 traders). It prints both rates, their ratio and p50/p95/p99; it asserts nothing.
 *
 * <p>{@code ./gate bench write [seconds] [runs] [clients]}, defaults 20, 3 and 8.
 */
public final class WriteBenchmark {

    private static final String SEQUENCE = "gate_bench_unique";
    private static final int DRIVERS = 400;
    private static final int TRADERS = 50;
    private static final int LINKED_BOOKINGS = 60;

    private final Platform platform;
    private final BenchClient http;
    private final Path home;
    private final Path logDirectory;
    private final int postgresPort;
    private final int seconds;
    private final int runs;
    private final int clients;
    private final List<String> drivers = new ArrayList<>();
    private final List<String> traders = new ArrayList<>();
    private final AtomicLong numbers = new AtomicLong(System.currentTimeMillis() % 1_000_000L * 1000);

    private WriteBenchmark(Platform platform, Path home, Path logDirectory, int postgresPort, int seconds, int runs, int clients) {
        this.platform = platform;
        this.http = new BenchClient(platform);
        this.home = home;
        this.logDirectory = logDirectory;
        this.postgresPort = postgresPort;
        this.seconds = seconds;
        this.runs = runs;
        this.clients = clients;
        for (int i = 0; i < DRIVERS; i++) {
            drivers.add(platform.token("bench-driver-" + i, "driver"));
        }
        for (int i = 0; i < TRADERS; i++) {
            traders.add(platform.token("bench-trader-" + i, "trader"));
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        Pgbench pgbench = Pgbench.find();
        Path repo = Path.of(System.getenv().getOrDefault("GATE_REPO", ".")).toAbsolutePath().normalize();
        Path home = Files.createTempDirectory("gate-bench-write");
        Path logs = Files.createDirectories(home.resolve("postgres-log"));
        int port = FreePorts.next();
        System.out.printf("Starting PostgreSQL (csvlog in %s) and the platform in %s ...%n", logs, home);
        try (EmbeddedPostgres postgres = startPostgres(home, logs, port);
             Platform platform = Platform.start(PlatformConfig.builder(home, repo)
                     .freePorts()
                     .externalDatabase("jdbc:postgresql://127.0.0.1:" + port + "/", "postgres", "postgres")
                     .apps(Apps.VEHICLE_QUEUE, Apps.CLEARANCE)
                     .env(Apps.VEHICLE_QUEUE, "GATE_QUEUE_LANES_VEHICLES_PER_LANE_PER_DAY", "100000000")
                     .env(Apps.VEHICLE_QUEUE, "GATE_QUEUE_LIMITS_BOOKING_REQUESTS_PER_MINUTE", "100000")
                     .env(Apps.VEHICLE_QUEUE, "GATE_QUEUE_LIMITS_OPEN_BOOKINGS_PER_ACCOUNT", "100000000")
                     // a loaded machine can take longer than the default 5 s to hand out a first connection
                     .env(Apps.VEHICLE_QUEUE, "QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "60S")
                     .env(Apps.CLEARANCE, "QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "60S")
                     .readyTimeout(Duration.ofSeconds(600))
                     .build())) {
            System.out.printf("Ready. %s against the embedded PostgreSQL %s%n", pgbench.version(), serverVersion(postgres));
            System.out.printf("%d runs of %d s each way, alternating, %d clients; load average now: %s%n%n",
                    runs, seconds, clients, loadAverage());
            WriteBenchmark benchmark = new WriteBenchmark(platform, home, logs, port, seconds, runs, clients);
            benchmark.compare(pgbench, "POST /api/bookings", Apps.VEHICLE_QUEUE, "vehicle_queue", "insert into booking ", benchmark::booking);
            List<String[]> linked = benchmark.linkedBookings();
            benchmark.compare(pgbench, "POST /api/declarations", Apps.CLEARANCE, "clearance", "insert into declaration ",
                    n -> benchmark.declaration(n, linked.get((int) (n % linked.size()))));
            System.out.printf("Load average at the end: %s%n", loadAverage());
        }
    }

    private static EmbeddedPostgres startPostgres(Path home, Path logs, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(home.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setPort(port)
                // as the platform's own (EmbeddedPostgresServer): durable commits
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("logging_collector", "on")
                .setServerConfig("log_destination", "csvlog")
                .setServerConfig("log_directory", logs.toString())
                .setServerConfig("log_filename", "postgresql.log")
                .start();
    }

    /** Warms up, captures the request's SQL, then alternates pgbench and HTTP and prints the figures. */
    private void compare(Pgbench pgbench, String endpoint, String app, String database, String marker, LongFunction<HttpRequest> request)
            throws Exception {
        long appPid = platform.apps().get(app).pid();
        ProcessHandle postgres = CpuTime.postgres(home.resolve("postgres"));
        System.out.printf("== %s ==%n", endpoint);
        System.out.printf("Warm-up: %d s over HTTP (not counted): %s%n", seconds, load(request, seconds).line());
        List<CapturedTransaction> captured = capture(database, marker, request);
        String script = CapturedTransaction.pgbenchScript(captured, SEQUENCE);
        Path scriptFile = home.resolve(database + "-write.sql");
        Files.writeString(scriptFile, script);
        System.out.printf("Captured %d requests; the pgbench script (%d statements in its transaction): %s%n",
                captured.size(), captured.get(0).statements().size(), scriptFile);
        // far above the numbers the service gave so far (audit entries, say), so pgbench's never meet them
        execute(database, "create sequence if not exists " + SEQUENCE + " start 1000000");
        List<Double> sqlRates = new ArrayList<>();
        List<Double> httpRates = new ArrayList<>();
        Latencies sql = new Latencies();
        Latencies http = new Latencies();
        long errors = 0;
        double[] cpu = new double[3];
        double allocation = 0;
        for (int run = 1; run <= runs; run++) {
            // past what the endpoint's run added after pgbench's last numbers (audit entries number on from the last)
            execute(database, "select setval('" + SEQUENCE + "', nextval('" + SEQUENCE + "') + " + SEQUENCE_STEP_PER_RUN + ")");
            long pg0 = CpuTime.withChildren(postgres);
            Pgbench.Run p = pgbench.run(scriptFile, "127.0.0.1", postgresPort, "postgres", database, clients, seconds, home);
            long pg1 = CpuTime.withChildren(postgres);
            long app1 = CpuTime.of(appPid);
            double allocated0 = allocatedBytes(app);
            sqlRates.add(p.tps());
            sql.addAll(p.latencies());
            Load h = load(request, seconds);
            allocation += (allocatedBytes(app) - allocated0) / Math.max(1, h.latencies().count()) / runs;
            cpu[0] += (pg1 - pg0) / (double) Math.max(1, p.latencies().count()) / runs;
            cpu[1] += (CpuTime.of(appPid) - app1) / (double) Math.max(1, h.latencies().count()) / runs;
            cpu[2] += (CpuTime.withChildren(postgres) - pg1) / (double) Math.max(1, h.latencies().count()) / runs;
            httpRates.add(h.rate());
            http.addAll(h.latencies());
            errors += h.errors().values().stream().mapToLong(AtomicLong::get).sum();
            System.out.printf(Locale.ROOT, "  run %d: pgbench %.0f tx/s (%s, %d failed) | HTTP %s%n", run, p.tps(),
                    p.latencies().summary(), p.failed(), h.line());
        }
        double sqlMedian = Latencies.median(sqlRates);
        double httpMedian = Latencies.median(httpRates);
        System.out.printf(Locale.ROOT, "%s, %d clients, medians of %d runs:%n", endpoint, clients, runs);
        System.out.printf(Locale.ROOT, "  pgbench, the same SQL: %8.0f tx/s   %s%n", sqlMedian, sql.summary());
        System.out.printf(Locale.ROOT, "  the endpoint:          %8.0f req/s  %s  (%d refused or failed)%n", httpMedian, http.summary(), errors);
        System.out.printf(Locale.ROOT, "  CPU per transaction: PostgreSQL %.2f ms under pgbench; under the endpoint %s %.2f ms and PostgreSQL %.2f ms%n",
                cpu[0], app, cpu[1], cpu[2]);
        System.out.printf(Locale.ROOT, "  heap allocated per request in %s: %.0f KiB (jvm_gc_memory_allocated_bytes_total, counted at each young"
                + " collection, so a run's last bytes fall into the next one)%n", app, allocation / 1024);
        System.out.printf(Locale.ROOT, "  ratio endpoint/pgbench: %.1f %%   (load average %s)%n%n", 100 * httpMedian / sqlMedian, loadAverage());
    }

    /** Three requests one after the other with every statement logged; their transactions as the server ran them. */
    private List<CapturedTransaction> capture(String database, String marker, LongFunction<HttpRequest> request) throws Exception {
        execute("postgres", "alter system set log_statement = 'all'");
        execute("postgres", "select pg_reload_conf()");
        Thread.sleep(1000);
        try {
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> answer = http.exchange(request.apply(numbers.incrementAndGet()));
                if (answer.statusCode() != 201) {
                    throw new IllegalStateException("refused while capturing: HTTP " + answer.statusCode() + " " + answer.body());
                }
            }
        } finally {
            execute("postgres", "alter system reset log_statement");
            execute("postgres", "select pg_reload_conf()");
        }
        Thread.sleep(2000);
        List<CapturedTransaction> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(logDirectory)) {
            for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                found.addAll(CapturedTransaction.read(csv, database, marker));
            }
        }
        if (found.size() < 2) {
            throw new IllegalStateException("found " + found.size() + " transactions with '" + marker + "' in " + logDirectory);
        }
        return found.subList(Math.max(0, found.size() - 3), found.size());
    }

    /** What one HTTP run measured. */
    private record Load(double rate, Latencies latencies, Map<Integer, AtomicLong> errors) {
        String line() {
            return String.format(Locale.ROOT, "%.0f req/s (%s)%s", rate, latencies.summary(), errors.isEmpty() ? "" : " refused: " + errors);
        }
    }

    /** {@code clients} threads, each sending the next request as soon as the last was answered, for {@code seconds}. */
    private Load load(LongFunction<HttpRequest> request, int seconds) throws Exception {
        Latencies latencies = new Latencies();
        Map<Integer, AtomicLong> errors = new ConcurrentHashMap<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        HttpRequest r = request.apply(numbers.incrementAndGet());
                        long t0 = System.nanoTime();
                        HttpResponse<String> answer = http.exchange(r);
                        if (answer.statusCode() == 201) {
                            latencies.add((System.nanoTime() - t0) / 1000);
                        } else {
                            errors.computeIfAbsent(answer.statusCode(), k -> new AtomicLong()).incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Load(latencies.count() / ((System.nanoTime() - start) / 1e9), latencies, errors);
    }

    /** A reefer truck booked by one of the drivers, with a plate and a driver's document of its own. */
    private HttpRequest booking(long n) {
        String plate = "%02dC-%03d.%02d".formatted(11 + n % 88, (n / 88) % 1000, (n / 88_000) % 100);
        String body = BenchClient.bookingJson(plate, "B%07d".formatted(n % 10_000_000), Instant.now().plusSeconds(3600));
        return post(Apps.VEHICLE_QUEUE, "/api/bookings", drivers.get((int) (n % DRIVERS)), body);
    }

    /** A lychee export of one of the traders on one of the linked bookings, with a declaration number of its own. */
    private HttpRequest declaration(long n, String[] booking) {
        String body = BenchClient.declarationJson("3%011d".formatted(n % 100_000_000_000L), booking[0], booking[1]);
        return post(Apps.CLEARANCE, "/api/declarations", traders.get((int) (n % TRADERS)), body);
    }

    /** Bookings with the driver's consent (code and share code), waited for until clearance knows each. */
    private List<String[]> linkedBookings() throws Exception {
        List<String[]> linked = new ArrayList<>();
        for (int i = 0; i < LINKED_BOOKINGS; i++) {
            long n = numbers.incrementAndGet();
            String driver = drivers.get((int) (n % DRIVERS));
            String code = http.send(booking(n), 201).get("code").asText();
            String share = http.send("POST", Apps.VEHICLE_QUEUE, "/api/bookings/" + code + "/consents", driver, null, 201)
                    .get("shareCode").asText();
            linked.add(new String[] {code, share});
        }
        String[] last = linked.get(linked.size() - 1);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            HttpResponse<String> r = http.exchange(declaration(numbers.incrementAndGet(), last));
            if (r.statusCode() == 201) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("clearance did not learn of " + last[0] + ": HTTP " + r.statusCode() + " " + r.body());
            }
            Thread.sleep(200);
        }
        return linked;
    }

    private HttpRequest post(String app, String path, String token, String body) {
        return http.build("POST", app, path, token, body);
    }

    /** The bytes {@code app} allocated on its heap so far, from its metrics; 0 when they cannot be read. */
    private double allocatedBytes(String app) {
        HttpResponse<String> metrics = http.exchange(HttpRequest.newBuilder(URI.create(platform.managementUrl(app) + "/q/metrics"))
                .timeout(Duration.ofSeconds(30)).build());
        return metrics.body().lines().filter(line -> line.startsWith("jvm_gc_memory_allocated_bytes_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    /** How far pgbench's numbers jump before each run: far more than one endpoint run's transactions. */
    private static final int SEQUENCE_STEP_PER_RUN = 10_000;

    private void execute(String database, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database, "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String serverVersion(EmbeddedPostgres postgres) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            return c.getMetaData().getDatabaseProductVersion();
        }
    }

    /** The first three fields of /proc/loadavg (1, 5 and 15 minutes). */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
