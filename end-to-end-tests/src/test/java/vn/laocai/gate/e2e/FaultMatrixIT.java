package vn.laocai.gate.e2e;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.laocai.gate.events.ClearanceEventType;
import vn.laocai.gate.events.CustomsEventType;
import vn.laocai.gate.events.QueueEventType;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.CloudEventKafka;
import vn.laocai.gate.stack.Apps;
import vn.laocai.gate.stack.Platform;
import vn.laocai.gate.stack.Restartable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fault matrix: each fault the gate will meet, during a load of crossings through the public APIs
 * ({@link CrossingRun}), and afterwards every crossing at its final state (the truck left, the consignment
 * cleared), nothing of it stored or applied twice, no outbox row left pending and every audit chain intact
 * ({@link PlatformLedger}). Each fault is one row of {@code target/fault-matrix.md} ({@link FaultMatrixReport}).
 *
 * <p>The default build runs the small matrix: {@value #SMALL_CROSSINGS} crossings a fault, the faults that
 * cost little time, on the shared all-green platform (every fault is over and repaired at the end of its
 * row, so the classes after it find the platform as it was). {@code -Pfault-matrix} runs the full matrix:
 * 200 crossings a fault (property {@code fault-matrix.crossings}), each service killed on its own and the
 * broker down for 60 s as well. {@code -Dfault-matrix.only=postgres,poison} runs the rows whose name
 * contains one of the words, in the words' order.
 */
class FaultMatrixIT {

    static final int SMALL_CROSSINGS = 3;
    static final boolean FULL = Boolean.getBoolean("fault-matrix.full");
    static final int CROSSINGS = Integer.getInteger("fault-matrix.crossings", SMALL_CROSSINGS);
    static final int CLIENTS = Integer.getInteger("fault-matrix.clients", FULL ? 12 : 4);
    /** How long the agency system is down: the 10 minutes, shortened (said so in the report). */
    static final Duration AGENCY_OUTAGE = Duration.parse(System.getProperty("fault-matrix.agency-outage", FULL ? "PT60S" : "PT15S"));
    static final Duration BROKER_OUTAGE = Duration.parse(System.getProperty("fault-matrix.broker-outage", "PT60S"));
    /** Each crossing's time, from its own start: past it the crossing is judged stuck. */
    static final Duration WITHIN = Duration.ofMinutes(6).plus(Duration.ofSeconds(3L * CROSSINGS));
    static final List<String> ONLY = Stream.of(System.getProperty("fault-matrix.only", "").split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).toList();

    @RegisterExtension
    static final SharedPlatform SHARED = SharedPlatform.ALL_GREEN;

    static Platform platform;
    static PlatformLedger ledger;
    static Map<String, ConsumerTask<String, byte[]>> deadLetters;
    static FaultMatrixReport report;
    static final AtomicInteger numbers = new AtomicInteger();

    /**
     * One fault: {@code before} sets it up before the load starts, {@code during} strikes once a third of
     * the crossings are declared and returns when the fault is over (its note for the report; it is given
     * the row's crossings), and {@code declared} runs in each crossing once its declaration exists. In the
     * small matrix the rows of one {@code wave} run at the same time, each on crossings of its own; a wave
     * of 0 leaves the row out of the small matrix. The full matrix runs every row on its own.
     */
    record Fault(String name, int wave, Runnable before, Function<List<CrossingRun>, String> during,
                 Consumer<CrossingRun> declared, Runnable after) {

        static Fault of(String name, int wave, java.util.function.Supplier<String> during) {
            return new Fault(name, wave, () -> { }, runs -> during.get(), c -> { }, () -> { });
        }
    }

    @BeforeAll
    static void start() {
        platform = SHARED.platform();
        ledger = new PlatformLedger(platform);
        deadLetters = Apps.DEAD_LETTER_TOPICS.stream().collect(Collectors.toMap(t -> t,
                t -> CloudEventKafka.on(platform.infra().kafkaBootstrap()).consume(byte[].class).fromTopics(t)));
        report = new FaultMatrixReport(Path.of("target", "fault-matrix.md"), String.format(
                "%s matrix, %d crossings a fault by %d clients, on one PostgreSQL and a Kafka cluster of %d nodes "
                        + "(replication %d, min.insync.replicas %d); the simulator answers all green. VNACCS outage: %d s "
                        + "standing for the issue's 10 minutes.%s",
                FULL ? "Full" : "Small (default build)", CROSSINGS, CLIENTS, platform.config().brokers(),
                Math.min(3, platform.config().brokers()), Math.min(2, platform.config().brokers()), AGENCY_OUTAGE.toSeconds(),
                FULL ? " Each row alone." : " The rows of a wave run at the same time, each on crossings of its own."));
    }

    @AfterAll
    static void stop() {
        if (report != null) {
            System.out.println("\n" + report.render());
        }
        if (deadLetters != null) {
            deadLetters.values().forEach(ConsumerTask::close);
        }
        if (ledger != null) {
            ledger.close();
        }
    }

    /**
     * Every row. The small matrix runs, in three waves: the agency faults, the poison records and one Kafka
     * node killed at the same time (they strike different parts); the postmaster killed; every app killed at once.
     */
    static List<Fault> faults() {
        List<Fault> faults = new ArrayList<>();
        faults.add(Fault.of("kill -9 of every service and the simulator at once", 3, () -> killAndAwait(
                Apps.AGENCY_SIMULATOR, Apps.VEHICLE_QUEUE, Apps.CLEARANCE, Apps.CUSTOMS_ADAPTER, Apps.NOTIFICATION)));
        for (String app : List.of(Apps.VEHICLE_QUEUE, Apps.CLEARANCE, Apps.CUSTOMS_ADAPTER, Apps.NOTIFICATION,
                Apps.AGENCY_SIMULATOR)) {
            faults.add(Fault.of("kill -9 of " + app, 0, () -> killAndAwait(app)));
        }
        faults.add(Fault.of("PostgreSQL restarted (fast shutdown)", 0, () -> restartDatabase(false)));
        faults.add(Fault.of("PostgreSQL postmaster killed (kill -9)", 2, () -> restartDatabase(true)));
        faults.add(Fault.of("Kafka broker down " + BROKER_OUTAGE.toSeconds() + " s", 0, FaultMatrixIT::brokerDown));
        faults.add(new Fault("one of three Kafka brokers killed mid-load", 1, () -> { }, FaultMatrixIT::brokerNodeKilled,
                c -> { }, () -> { }));
        faults.add(Fault.of("VNACCS down (outage switch)", 1, FaultMatrixIT::agencyDown));
        faults.add(new Fault("VNACCS answers duplicated, reordered and lost", 1,
                () -> setCustomsFaults(Map.of("duplicateShare", 0.3, "reorder", true, "reorderWindowMs", 800, "dropShare", 0.3)),
                runs -> "30 % of the answers sent twice, 30 % not sent (polling finds them), reordered within 0.8 s",
                c -> { }, () -> setCustomsFaults(Map.of("duplicateShare", 0, "reorder", false, "reorderWindowMs", 0, "dropShare", 0))));
        Map<String, String> lost = new ConcurrentHashMap<>();
        faults.add(new Fault("lodgement lost at VNACCS", 1, lost::clear, runs -> "every lodgement of the row lost once accepted",
                c -> lose(c, lost), () -> { }));
        faults.add(Fault.of("poison message on each topic", 1, FaultMatrixIT::poison));
        return faults.stream().filter(f -> FULL || f.wave() > 0)
                .filter(f -> ONLY.isEmpty() || chosenBy(f) < ONLY.size())
                .sorted(java.util.Comparator.comparingInt(FaultMatrixIT::chosenBy))
                .toList();
    }

    /** The first of the {@code fault-matrix.only} words the row's name contains: the rows run in the words' order. */
    static int chosenBy(Fault f) {
        for (int i = 0; i < ONLY.size(); i++) {
            if (f.name().toLowerCase().contains(ONLY.get(i).toLowerCase())) {
                return i;
            }
        }
        return ONLY.size();
    }

    /** The rows run together: in the full matrix each row alone, in the small one the rows of a wave. */
    static List<List<Fault>> waves() {
        if (FULL) {
            return faults().stream().map(List::of).toList();
        }
        return List.copyOf(faults().stream().collect(Collectors.groupingBy(Fault::wave, java.util.TreeMap::new,
                Collectors.toList())).values());
    }

    @TestFactory
    Stream<DynamicTest> every_fault_amid_a_load_of_crossings_loses_nothing_doubles_nothing_and_leaves_nothing_stuck() {
        return waves().stream().map(wave -> DynamicTest.dynamicTest(
                wave.stream().map(Fault::name).collect(Collectors.joining(" + ")), () -> {
            ExecutorService rows = Executors.newFixedThreadPool(wave.size());
            List<FaultMatrixReport.Row> results;
            try {
                List<Future<FaultMatrixReport.Row>> running = wave.stream().map(f -> rows.submit(() -> run(f))).toList();
                results = new ArrayList<>();
                for (int i = 0; i < wave.size(); i++) {
                    try {
                        results.add(running.get(i).get());
                    } catch (java.util.concurrent.ExecutionException e) {
                        // a row that could not be judged is reported as failed, with why, and the others still are
                        results.add(new FaultMatrixReport.Row(wave.get(i).name(), false, CROSSINGS, 0, 0, 0, 0, null,
                                "the row broke off: " + e.getCause()));
                    }
                }
            } finally {
                rows.shutdownNow();
            }
            // judged once the whole wave is over: the outboxes and audit chains are the platform's, not a row's
            for (int i = 0; i < wave.size(); i++) {
                FaultMatrixReport.Row row = judgePlatform(results.get(i), wave.size() > 1 ? wave.size() - 1 : 0);
                report.add(row);
                System.out.printf("%nFault matrix: %s%n", row);
                results.set(i, row);
            }
            for (int i = 0; i < wave.size(); i++) {
                Fault f = wave.get(i);
                FaultMatrixReport.Row row = results.get(i);
                assertThat(row.passed()).as(row.toString()).isTrue();
                if (f.name().startsWith("lodgement lost")) {
                    // each lost lodgement is seen: LOST, then sent again and answered, or escalated to the officers
                    assertThat(row.notes()).doesNotContain("RELEASED=").contains("after LOST");
                }
                if (f.name().startsWith("Kafka broker down")) {
                    // a declaration for an existing booking is accepted (pending its link) while clearance has not heard of it
                    assertThat(row.refused()).as("declarations refused while the broker was down").isZero();
                }
            }
        }));
    }

    static FaultMatrixReport.Row run(Fault fault) throws Exception {
        fault.before().run();
        String trader = platform.token("trader-fm", "trader");
        String gate = platform.token("gate-fm", "gate-officer");
        List<CrossingRun> runs = new ArrayList<>();
        for (int i = 0; i < CROSSINGS; i++) {
            runs.add(new CrossingRun(platform, numbers.incrementAndGet(), trader, gate, WITHIN));
        }
        CountDownLatch third = new CountDownLatch(Math.max(1, CROSSINGS / 3));
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        String note;
        boolean struck = true;
        Instant over;
        try {
            List<Future<?>> load = runs.stream().map(c -> clients.submit(() -> {
                try {
                    c.run(declared -> {
                        fault.declared().accept(declared);
                        third.countDown();
                    });
                } finally {
                    third.countDown();
                }
            })).collect(Collectors.toList());
            third.await(3, TimeUnit.MINUTES);
            try {
                note = fault.during().apply(runs);
            } catch (RuntimeException | AssertionError e) {
                struck = false;
                note = "the fault was not carried out or not repaired: " + e;
            }
            over = Instant.now();
            for (Future<?> f : load) {
                f.get(WITHIN.toSeconds() + 60, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
            fault.after().run();
        }
        return judge(fault, struck, runs, note, over);
    }

    static FaultMatrixReport.Row judge(Fault fault, boolean struck, List<CrossingRun> runs, String note, Instant over) {
        int lost = 0;
        int doubled = 0;
        int stuck = 0;
        List<String> notes = new ArrayList<>(List.of(note));
        Map<String, String> outcomes = handoffOutcomes(runs);
        Map<String, String> handled = outcomes.entrySet().stream().filter(e -> e.getValue().startsWith("ESCALATED"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (CrossingRun c : runs) {
            List<String> gone = ledger.lost(c);
            List<String> twice = ledger.doubled(c);
            boolean done = c.finished != null && c.atFinalState();
            if (!gone.isEmpty()) {
                lost++;
                notes.add("lost " + CrossingRun.describe().apply(c) + ": " + gone);
            }
            if (!twice.isEmpty()) {
                doubled++;
                notes.add("doubled " + CrossingRun.describe().apply(c) + ": " + twice);
            }
            if (!done && gone.isEmpty() && !handled.containsKey(String.valueOf(c.declaration))) {
                stuck++;
                notes.add("stuck " + CrossingRun.describe().apply(c));
            }
        }
        notes.add(durations(runs));
        notes.add("VNACCS handoffs " + outcomes.values().stream()
                .collect(Collectors.groupingBy(o -> o, java.util.TreeMap::new, Collectors.counting())));
        Instant last = runs.stream().map(c -> c.finished).filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(over);
        Duration recovery = last.isAfter(over) ? Duration.between(over, last) : Duration.ZERO;
        int refused = runs.stream().mapToInt(c -> c.refusals.get()).sum();
        return new FaultMatrixReport.Row(fault.name(), struck, runs.size(), lost, doubled, stuck, refused, recovery,
                String.join("; ", notes));
    }

    /**
     * How long the finished crossings took, from their own start, beside the time each had: how near the
     * slowest came to being judged stuck.
     */
    static String durations(List<CrossingRun> runs) {
        List<Duration> took = runs.stream().filter(c -> c.started != null && c.finished != null)
                .map(c -> Duration.between(c.started, c.finished)).sorted().toList();
        if (took.isEmpty()) {
            return "no crossing finished";
        }
        return "crossings took " + FaultMatrixReport.seconds(took.get(took.size() / 2)) + " (median), "
                + FaultMatrixReport.seconds(took.get(took.size() - 1)) + " at most, of " + FaultMatrixReport.seconds(WITHIN);
    }

    /**
     * What belongs to the platform rather than to a row: an outbox row still pending counts as stuck, a
     * broken audit chain as doubled. {@code alongside}: how many other rows ran at the same time (said in the notes).
     */
    static FaultMatrixReport.Row judgePlatform(FaultMatrixReport.Row row, int alongside) {
        int stuck = row.stuck();
        int doubled = row.doubled();
        List<String> notes = new ArrayList<>(List.of(row.notes()));
        Map<String, Long> pending = awaitOutboxesEmpty();
        long left = pending.values().stream().mapToLong(Long::longValue).sum();
        if (left > 0) {
            stuck++;
            notes.add("outbox rows still pending " + pending);
        }
        List<String> broken = ledger.brokenAuditChains();
        if (!broken.isEmpty()) {
            doubled++;
            notes.add("audit chain broken: " + broken);
        }
        if (alongside > 0) {
            notes.add("ran at the same time as " + alongside + " other row(s) of its wave");
        }
        return new FaultMatrixReport.Row(row.fault(), row.struck(), row.crossings(), row.lost(), doubled, stuck,
                row.refused(), row.recovery(), String.join("; ", notes));
    }

    static Map<String, Long> awaitOutboxesEmpty() {
        Map<String, Long>[] pending = new Map[] {ledger.pendingOutbox()};
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                pending[0] = ledger.pendingOutbox();
                return pending[0].values().stream().allMatch(n -> n == 0);
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // reported as stuck
        }
        return pending[0];
    }

    /**
     * How each crossing's VNACCS handoff ended, as the customs officers see it: its state, and the
     * lapse it went through (LOST, OVERDUE) when there was one. ESCALATED is a handled end: the
     * officers have it on their worklist with the reason.
     */
    static Map<String, String> handoffOutcomes(List<CrossingRun> runs) {
        String customs = platform.token("customs-fm", "customs-officer");
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (CrossingRun c : runs) {
            if (c.declaration == null) {
                continue;
            }
            var handoffs = given().auth().oauth2(customs).queryParam("declarationId", c.declaration)
                    .when().get(platform.url(Apps.CUSTOMS_ADAPTER) + "/api/handoffs").then().statusCode(200).extract().jsonPath();
            String state = handoffs.getString("find { it.agencySystem == 'VNACCS' }.state");
            String lapse = handoffs.getString("find { it.agencySystem == 'VNACCS' }.lapse");
            outcomes.put(c.declaration, state + (lapse == null ? "" : " after " + lapse));
        }
        return outcomes;
    }

    // --- the faults ---

    /**
     * Kills the apps at once (SIGKILL), as a crash or a power cut would, then starts each again, all at
     * once, and waits until every one is ready (the test platform's launcher restarts nothing by itself).
     */
    static String killAndAwait(String... apps) {
        for (String app : apps) {
            platform.kill(app);
        }
        Instant killed = Instant.now();
        PlatformIT.restartAll(platform, List.of(apps));
        return "killed, started again and ready after " + FaultMatrixReport.seconds(Duration.between(killed, Instant.now()));
    }

    static String restartDatabase(boolean crash) {
        Restartable database = platform.database().orElseThrow();
        Instant t0 = Instant.now();
        if (crash) {
            Path pidFile = platform.config().home().resolve("postgres").resolve("postmaster.pid");
            long pid = Long.parseLong(read(pidFile).lines().findFirst().orElseThrow().trim());
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            pause(Duration.ofSeconds(3));
        }
        // after the kill this only lets go of the data directory: pg_ctl finds no server to stop
        database.stop();
        pause(Duration.ofSeconds(2));
        database.start(Duration.ofSeconds(90));
        return (crash ? "postmaster killed, started again (crash recovery)" : "fast shutdown, started again") + " after "
                + FaultMatrixReport.seconds(Duration.between(t0, Instant.now()));
    }

    static String brokerDown() {
        Restartable broker = platform.broker().orElseThrow();
        broker.stop();
        pause(BROKER_OUTAGE);
        broker.start(Duration.ofSeconds(90));
        return "broker stopped for " + BROKER_OUTAGE.toSeconds() + " s, started again on its log";
    }

    /**
     * Kills ({@code SIGKILL}) the node that is the controllers' quorum leader, and so leads a third of the
     * partitions, once a third of the row's crossings are declared; the other two carry the load (writes
     * acknowledged by both in-sync replicas) until every crossing of the row is over, then the node starts
     * again on its log and catches up.
     */
    static String brokerNodeKilled(List<CrossingRun> runs) {
        var cluster = platform.kafkaCluster().orElseThrow(() -> new IllegalStateException("the platform runs on one broker"));
        int node = cluster.quorumLeader();
        Instant killed = Instant.now();
        cluster.kill(node);
        try {
            await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> runs.stream().allMatch(c -> c.finished != null || c.failure != null));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // judged as stuck
        }
        Duration down = Duration.between(killed, Instant.now());
        long finishedWhileDown = runs.stream().filter(c -> c.finished != null && c.finished.isAfter(killed)).count();
        cluster.start(node);
        cluster.awaitInSync(java.util.Set.copyOf(Topics.all()), Duration.ofMinutes(3));
        return "node " + node + " (the quorum leader) killed; " + finishedWhileDown + " crossings finished on the other two in "
                + FaultMatrixReport.seconds(down) + "; started again, every replica in sync after "
                + FaultMatrixReport.seconds(Duration.between(killed, Instant.now()));
    }

    static String agencyDown() {
        setCustomsFaults(Map.of("down", true));
        try {
            pause(AGENCY_OUTAGE);
        } finally {
            setCustomsFaults(Map.of("down", false));
        }
        return "VNACCS answered 503 for " + AGENCY_OUTAGE.toSeconds() + " s (standing for 10 min)";
    }

    /** Once the crossing's lodgement is accepted by VNACCS (it has a reference), VNACCS forgets it. */
    static void lose(CrossingRun c, Map<String, String> lost) {
        String customs = platform.token("customs-fm", "customs-officer");
        String[] reference = new String[1];
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var handoffs = given().auth().oauth2(customs).queryParam("declarationId", c.declaration)
                    .when().get(platform.url(Apps.CUSTOMS_ADAPTER) + "/api/handoffs");
            reference[0] = handoffs.statusCode() == 200
                    ? handoffs.jsonPath().getString("find { it.agencySystem == 'VNACCS' }.agencyReference") : null;
            return reference[0] != null;
        });
        admin().when().post(simulator("/admin/lodgements/" + reference[0] + "/lose")).then().statusCode(200);
        lost.put(c.declaration, reference[0]);
    }

    /**
     * A record that cannot be read, of a type its consumers handle, on each topic: each lands on a
     * dead-letter topic, the crossings go on; the customs adapter's one can be replayed (refused while
     * it is still unreadable, so nothing is applied).
     */
    static String poison() {
        Map<String, String> types = Map.of(
                Topics.QUEUE_BOOKING, QueueEventType.CROSSING_BOOKED.type(),
                Topics.QUEUE_BORDER_GUARD, QueueEventType.BORDER_CHECK_REQUESTED.type(),
                Topics.CLEARANCE_DECLARATION, ClearanceEventType.DECLARATION_SUBMITTED.type(),
                Topics.CUSTOMS_HANDOFF, CustomsEventType.CUSTOMS_RELEASED.type());
        Map<String, String> keys = new LinkedHashMap<>();
        types.forEach((topic, type) -> {
            String key = "poison-" + UUID.randomUUID();
            CloudEventKafka.publish(platform.infra().kafkaBootstrap(), topic, key, UUID.randomUUID().toString(), type,
                    "{\"version\": \"one\", \"not\": [".getBytes(StandardCharsets.UTF_8));
            keys.put(topic, key);
        });
        Map<String, String> parkedIn = new LinkedHashMap<>();
        try {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                keys.forEach((topic, key) -> deadLetters.forEach((dlt, records) -> {
                    if (PlatformLedger.keys(records).contains(key)) {
                        parkedIn.merge(topic, dlt, (a, b) -> a.contains(b) ? a : a + "+" + b);
                    }
                }));
                return parkedIn.keySet().containsAll(keys.keySet());
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("poison records not dead-lettered: parked " + parkedIn + " of " + keys.keySet(), e);
        }
        ConsumerRecord<String, byte[]> customs = deadLetters.get("customs.dead-letter").getRecords().stream()
                .filter(r -> keys.containsValue(r.key())).findFirst().orElseThrow();
        int replay = given().auth().oauth2(platform.token("supervisor-fm", "supervisor"))
                .when().post(platform.url(Apps.CUSTOMS_ADAPTER) + "/api/dead-letters/" + customs.partition() + "/"
                        + customs.offset() + "/replay").statusCode();
        assertThat(replay).as("replay of an unreadable record as it is").isEqualTo(422);
        return "dead-lettered " + parkedIn.entrySet().stream().map(e -> e.getKey() + " -> " + e.getValue())
                .collect(Collectors.joining(", ")) + "; customs replay as is: HTTP " + replay;
    }

    /** One change at a time: the rows of a wave switch the simulator's faults each in its own thread. */
    static synchronized void setCustomsFaults(Map<String, Object> changes) {
        SimulatorAdmin.setCustomsFaults(platform, changes);
    }

    static io.restassured.specification.RequestSpecification admin() {
        return SimulatorAdmin.admin();
    }

    static String simulator(String path) {
        return platform.url(Apps.AGENCY_SIMULATOR) + path;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
