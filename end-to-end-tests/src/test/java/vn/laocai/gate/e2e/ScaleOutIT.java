package vn.laocai.gate.e2e;

import io.cloudevents.CloudEvent;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.gate.events.ClearanceEventType;
import vn.laocai.gate.events.CustomsEventType;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.QueueEventType;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.CloudEventKafka;
import vn.laocai.gate.stack.AppStatus;
import vn.laocai.gate.stack.Apps;
import vn.laocai.gate.stack.Platform;
import vn.laocai.gate.stack.PlatformConfig;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scale-out on one machine: two instances of each consuming service (vehicle queue, clearance,
 * customs adapter) share their database and their Kafka consumer groups on topics of 3 partitions.
 * Crossings are booked, declared and documented through both instances; in the middle of the load
 * the second instance of every service is killed (SIGKILL). The survivors take over its partitions
 * and its outbox: every consignment is still handed to customs once, every event is published and
 * applied once (a record published again after the kill carries the same event id and is dropped),
 * every vehicle ends ready for the gate and no outbox keeps anything.
 */
class ScaleOutIT {

    static final int CROSSINGS = 40;
    static final int CLIENTS = 6;
    static final Duration LONG = Duration.ofMinutes(3);
    static final List<String> SERVICES = List.of(Apps.VEHICLE_QUEUE, Apps.CLEARANCE, Apps.CUSTOMS_ADAPTER);

    @TempDir
    static Path home;

    static Platform platform;
    static Map<String, ConsumerTask<String, CloudEvent>> topics;

    @BeforeAll
    static void start() {
        Path repo = Path.of(System.getProperty("gate.root", "..")).toAbsolutePath().normalize();
        PlatformConfig.Builder config = PlatformConfig.builder(home, repo)
                .freePorts()
                .apps(Apps.AGENCY_SIMULATOR, Apps.VEHICLE_QUEUE, Apps.CLEARANCE, Apps.CUSTOMS_ADAPTER)
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_CHANNEL_MIX_GREEN", "1")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_CHANNEL_MIX_YELLOW", "0")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_CHANNEL_MIX_RED", "0")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_CHANNEL_DELAY", "300ms")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_RELEASE_DELAY_GREEN", "500ms")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_NSW_INVALID_SHARE", "0")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_QUARANTINE_DECISION_DELAY", "PT1H")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_BORDER_GUARD_CHECK_DELAY", "PT1H")
                .readyTimeout(Duration.ofSeconds(300));
        for (String service : SERVICES) {
            config.instances(service, 2).env(service, "GATE_OUTBOX_METRICS_INTERVAL", "1s");
        }
        // a handoff the killed instance was sending is sent again after 8 s, not 30: one call of at most 5 s,
        // without quick retries, fits in that claim (the adapter refuses a claim a call could outlast)
        config.env(Apps.CUSTOMS_ADAPTER, "GATE_CUSTOMS_DISPATCH_CLAIM", "8s")
                .env(Apps.CUSTOMS_ADAPTER, "GATE_CUSTOMS_RESILIENCE_RETRIES", "0");
        platform = Platform.start(config.build());
        String bootstrap = platform.infra().kafkaBootstrap();
        topics = Topics.all().stream().collect(Collectors.toMap(Function.identity(),
                t -> CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(t)));
    }

    @AfterAll
    static void stop() {
        if (topics != null) {
            topics.values().forEach(ConsumerTask::close);
        }
        if (platform != null) {
            platform.close();
        }
    }

    /** One crossing of the load: its plate, booking code and declaration. */
    record Crossing(int n, String plate, String booking, String declaration) {
    }

    @Test
    void two_instances_of_each_service_one_killed_amid_the_load_lose_nothing_and_apply_nothing_twice() throws Exception {
        String trader = platform.token("trader-scale", "trader");
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Crossing> crossings;
        long t0 = System.nanoTime();
        try {
            // the first half through both instances of each service, alternately
            List<Future<Crossing>> first = IntStream.range(0, CROSSINGS / 2)
                    .mapToObj(n -> clients.submit(() -> cross(n, 1 + n % 2, trader))).toList();
            crossings = new ArrayList<>();
            for (Future<Crossing> f : first) {
                crossings.add(f.get());
            }
            // their events still travel between the services: the second instance of each dies now
            String relayed = SERVICES.stream().map(s -> s + " " + (long) metric(platform.managementUrl(s, 1), "gate_outbox_publish_delay_seconds_count")
                    + "/" + (long) metric(platform.managementUrl(s, 2), "gate_outbox_publish_delay_seconds_count")).collect(Collectors.joining(", "));
            for (String service : SERVICES) {
                platform.kill(service, 2);
            }
            System.out.printf("%nScale-out: events relayed so far by instance 1/2: %s%n", relayed);
            System.out.printf("Scale-out: %d crossings through two instances in %.1f s; second instances killed%n",
                    crossings.size(), (System.nanoTime() - t0) / 1e9);
            List<Future<Crossing>> second = IntStream.range(CROSSINGS / 2, CROSSINGS)
                    .mapToObj(n -> clients.submit(() -> cross(n, 1, trader))).toList();
            for (Future<Crossing> f : second) {
                crossings.add(f.get());
            }
        } finally {
            clients.shutdownNow();
        }
        Set<String> bookings = crossings.stream().map(Crossing::booking).collect(Collectors.toSet());
        Set<String> declarations = crossings.stream().map(Crossing::declaration).collect(Collectors.toSet());
        assertThat(bookings).hasSize(CROSSINGS);
        assertThat(declarations).hasSize(CROSSINGS);

        // every vehicle ends ready for the gate: the queue applied its consignment's readiness
        await().atMost(LONG).pollInterval(Duration.ofSeconds(1)).until(() ->
                distinctOf(Topics.CLEARANCE_DECLARATION, ClearanceEventType.CONSIGNMENT_READY_FOR_GATE.type(), declarations)
                        .size() == CROSSINGS);
        long ready = System.nanoTime();
        String gate = platform.token("gate-scale", "gate-officer");
        await().atMost(LONG).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (Crossing c : crossings) {
                assertThat(given().auth().oauth2(gate).when().get(platform.url(Apps.VEHICLE_QUEUE) + "/api/bookings/" + c.booking())
                        .then().statusCode(200).extract().<String>path("clearance")).as(c.booking()).isEqualTo("READY");
            }
        });
        // and every outbox is empty on the instances still running
        await().atMost(LONG).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String service : SERVICES) {
                assertThat(metric(platform.managementUrl(service), "gate_outbox_pending")).as(service + " outbox").isZero();
            }
        });

        // no event is missing or was caused twice (records published again carry the same id)
        assertEachOnce(Topics.QUEUE_BOOKING, QueueEventType.CROSSING_BOOKED.type(), bookings);
        // a version of the declaration at its submission and at each of its two documents
        Map<String, List<Integer>> versions = distinctOf(Topics.CLEARANCE_DECLARATION,
                ClearanceEventType.DECLARATION_SUBMITTED.type(), declarations).stream()
                .map(e -> (DeclarationSubmitted) EventCodec.decode(e.getType(), e.getData().toBytes()))
                .collect(Collectors.groupingBy(DeclarationSubmitted::declarationId,
                        Collectors.mapping(DeclarationSubmitted::version, Collectors.toList())));
        assertThat(versions).hasSize(CROSSINGS)
                .allSatisfy((id, v) -> assertThat(v).as(id).containsExactlyInAnyOrder(1, 2, 3));
        assertEachOnce(Topics.CLEARANCE_DECLARATION, ClearanceEventType.CONSIGNMENT_READY_FOR_GATE.type(), declarations);
        assertEachOnce(Topics.CUSTOMS_HANDOFF, CustomsEventType.HANDOFF_ACCEPTED.type(), declarations);
        assertEachOnce(Topics.CUSTOMS_HANDOFF, CustomsEventType.CUSTOMS_CHANNEL_ASSIGNED.type(), declarations);
        await().atMost(LONG).pollInterval(Duration.ofSeconds(1)).until(() ->
                distinctOf(Topics.CUSTOMS_HANDOFF, CustomsEventType.CUSTOMS_RELEASED.type(), declarations).size() == CROSSINGS);
        assertEachOnce(Topics.CUSTOMS_HANDOFF, CustomsEventType.CUSTOMS_RELEASED.type(), declarations);
        Map<String, Long> documents = distinctOf(Topics.CLEARANCE_DECLARATION, ClearanceEventType.DOCUMENT_ATTACHED.type(),
                declarations).stream().collect(Collectors.groupingBy(CloudEvent::getSubject, Collectors.counting()));
        assertThat(documents).hasSize(CROSSINGS).allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(2L));

        // each consignment handed to customs once, lodged there once, and every step on its timeline once
        String customs = platform.token("customs-scale", "customs-officer");
        Map<String, Long> lodged = given().auth().preemptive().basic("simulator-admin", Apps.simulatorAdminSecret())
                .when().get(platform.url(Apps.AGENCY_SIMULATOR) + "/admin/systems/VNACCS/lodgements")
                .then().statusCode(200).extract().jsonPath().getList("subjectId", String.class).stream()
                .filter(declarations::contains).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(lodged).hasSize(CROSSINGS).allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1L));
        for (Crossing c : crossings) {
            JsonPath handoffs = given().auth().oauth2(customs).queryParam("declarationId", c.declaration())
                    .when().get(platform.url(Apps.CUSTOMS_ADAPTER) + "/api/handoffs").then().statusCode(200).extract().jsonPath();
            assertThat(handoffs.getList("findAll { it.agencySystem == 'VNACCS' }.state", String.class)).as(c.declaration())
                    .containsExactly("RELEASED");
            // sent once, and again only after an attempt that failed (a timeout on a busy machine) and was
            // recorded: never by two instances at once; the agency lodged it once either way
            List<String> exchanges = given().auth().oauth2(customs).queryParam("declarationId", c.declaration())
                    .when().get(platform.url(Apps.CUSTOMS_ADAPTER) + "/api/handoffs/exchanges").then().statusCode(200)
                    .extract().jsonPath().getList("findAll { it.agencySystem == 'VNACCS' }.kind");
            assertThat(Collections.frequency(exchanges, "SUBMISSION")).as("submissions of %s: %s", c.declaration(), exchanges)
                    .isEqualTo(1 + Collections.frequency(exchanges, "SUBMISSION_FAILED"));
            List<Map<String, Object>> timeline = given().auth().oauth2(trader)
                    .when().get(platform.url(Apps.CLEARANCE) + "/api/declarations/" + c.declaration() + "/timeline")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            List<String> steps = timeline.stream().map(e -> (String) e.get("step")).toList();
            assertThat(steps).as(c.declaration())
                    .containsOnlyOnce("DECLARATION_SUBMITTED", "CUSTOMS_CHANNEL_ASSIGNED", "CUSTOMS_RELEASED", "READY_FOR_GATE");
            Set<String> seen = new HashSet<>();
            assertThat(timeline).as("timeline of " + c.declaration())
                    .allSatisfy(e -> assertThat(seen.add(e.get("step") + " " + e.get("detail"))).as(e.toString()).isTrue());
        }

        long records = topics.values().stream().mapToLong(t -> CloudEventKafka.events(t).size()).sum();
        long events = topics.values().stream().mapToLong(t -> CloudEventKafka.events(t).stream().map(CloudEvent::getId).distinct().count()).sum();
        System.out.printf("Scale-out, observed: %d crossings in %.1f s (load and pipeline to the last vehicle ready);"
                        + " %d events in %d records (%d published again after the kill and dropped by the consumers)%n",
                CROSSINGS, (ready - t0) / 1e9, events, records, records - events);
    }

    /** Books a crossing on instance {@code instance} of the queue, then declares and documents it on that of clearance. */
    static Crossing cross(int n, int instance, String trader) {
        String plate = String.format("24C-%03d.%02d", 500 + n / 100, n % 100);
        String driver = platform.token("driver-scale-" + n, "driver");
        Instant arrival = Instant.now().plus(Duration.ofHours(1 + n / 10));
        String booking = given().auth().oauth2(driver).contentType(ContentType.JSON).body("""
                        {"plate": "%s", "vehicleType": "TRUCK", "weightClass": "OVER_10T",
                         "driver": {"name": "Hoàng Văn Phúc", "nationality": "VN", "documentNumber": "D%07d", "phone": "+84 912 000 222"},
                         "direction": "EXPORT", "cargoCategory": "GENERAL", "plannedArrival": "%s"}""".formatted(plate, n, arrival))
                .when().post(platform.url(Apps.VEHICLE_QUEUE, instance) + "/api/bookings")
                .then().statusCode(201).extract().path("code");
        String shareCode = Consents.share(platform.url(Apps.VEHICLE_QUEUE, instance), driver, booking);
        String clearance = platform.url(Apps.CLEARANCE, instance);
        String number = "30" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L));
        String declaration = Declarations.porcelainExport(number, booking, shareCode);
        // clearance learns of the booking and the consent from the queue's events: until then the declaration is refused (422)
        String[] id = new String[1];
        await().atMost(LONG).pollInterval(Duration.ofMillis(300)).until(() -> {
            Response response = given().auth().oauth2(trader).contentType(ContentType.JSON).body(declaration)
                    .when().post(clearance + "/api/declarations");
            assertThat(response.statusCode()).as(response.asString()).isIn(201, 422);
            id[0] = response.statusCode() == 201 ? response.path("id") : null;
            return id[0] != null;
        });
        attach(clearance, trader, id[0], "INVOICE", "INV-" + n);
        attach(clearance, trader, id[0], "PACKING_LIST", "PL-" + n);
        return new Crossing(n, plate, booking, id[0]);
    }

    static void attach(String clearance, String trader, String declarationId, String type, String number) {
        byte[] pdf = ("%PDF-1.4\n% " + type + " " + number + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        given().auth().oauth2(trader)
                .multiPart("type", type).multiPart("number", number)
                .multiPart("file", number + ".pdf", pdf, "application/pdf")
                .when().post(clearance + "/api/declarations/" + declarationId + "/documents")
                .then().statusCode(201);
    }

    /** The value of a metric (its first series) on one instance, from its management interface. */
    static double metric(String managementUrl, String name) {
        String text = given().when().get(managementUrl + "/q/metrics").then().statusCode(200).extract().asString();
        return text.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not in the metrics of " + managementUrl));
    }

    /** Distinct events (by CloudEvent id) of a type about the given aggregates. */
    static List<CloudEvent> distinctOf(String topic, String type, Set<String> subjects) {
        Set<String> ids = new HashSet<>();
        return CloudEventKafka.ofType(topics.get(topic), type).stream()
                .filter(e -> subjects.contains(e.getSubject()) && ids.add(e.getId())).toList();
    }

    static void assertEachOnce(String topic, String type, Set<String> subjects) {
        Map<String, Long> counts = distinctOf(topic, type, subjects).stream()
                .collect(Collectors.groupingBy(CloudEvent::getSubject, Collectors.counting()));
        assertThat(counts).as(type).hasSize(subjects.size()).allSatisfy((id, n) -> assertThat(n).as(type + " " + id).isEqualTo(1L));
    }

    @Test
    void twenty_accounts_booking_one_plate_for_one_slot_through_both_queue_instances_at_once_get_one_booking() throws Exception {
        // the other test kills the second instances: bring the queue's back if it ran first
        String second = Platform.instanceName(Apps.VEHICLE_QUEUE, 2);
        if (platform.statuses().stream().noneMatch(s -> s.name().equals(second) && s.state() == AppStatus.State.READY)) {
            platform.restart(Apps.VEHICLE_QUEUE, 2);
        }
        int racers = 20;
        String plate = String.format("24C-%03d.%02d", 700 + ThreadLocalRandom.current().nextInt(300), ThreadLocalRandom.current().nextInt(100));
        Instant arrival = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS).plusSeconds(600);
        List<String> tokens = IntStream.range(0, racers).mapToObj(i -> platform.token("driver-race-" + plate + "-" + i, "driver")).toList();
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch ready = new CountDownLatch(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    String body = """
                            {"plate": "%s", "vehicleType": "TRUCK", "weightClass": "OVER_10T",
                             "driver": {"name": "Vu Van Dung", "nationality": "VN", "documentNumber": "E%07d", "phone": "+84 912 000 333"},
                             "direction": "EXPORT", "cargoCategory": "GENERAL", "plannedArrival": "%s"}""".formatted(plate, n, arrival.plusSeconds(n));
                    ready.countDown();
                    start.await();
                    return given().auth().oauth2(tokens.get(n)).contentType(ContentType.JSON).body(body)
                            .when().post(platform.url(Apps.VEHICLE_QUEUE, 1 + n % 2) + "/api/bookings");
                }));
            }
            ready.await();
            start.countDown();
            List<Response> done = new ArrayList<>();
            for (Future<Response> f : answers) {
                done.add(f.get());
            }
            assertThat(done).filteredOn(r -> r.statusCode() == 201).hasSize(1);
            assertThat(done).filteredOn(r -> r.statusCode() != 201).hasSize(racers - 1)
                    .allSatisfy(r -> assertThat(r.statusCode()).as(r.asString()).isEqualTo(409))
                    .allSatisfy(r -> assertThat(r.asString()).doesNotContainPattern("KT2-[0-9A-Z]{6}"));
            System.out.printf("Scale-out: 20 accounts for plate %s through two instances: one booking, refusals %s%n", plate,
                    done.stream().filter(r -> r.statusCode() != 201).map(r -> r.<String>path("type")).distinct().toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
