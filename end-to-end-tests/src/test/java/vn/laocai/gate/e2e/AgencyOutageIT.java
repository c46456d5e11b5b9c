package vn.laocai.gate.e2e;

import io.cloudevents.CloudEvent;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.gate.events.ClearanceEventType;
import vn.laocai.gate.events.CustomsChannelAssigned;
import vn.laocai.gate.events.CustomsEventType;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.GoodsLine;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.CloudEventKafka;
import vn.laocai.gate.stack.Apps;
import vn.laocai.gate.stack.Platform;
import vn.laocai.gate.stack.PlatformConfig;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The customs adapter and the agency simulator as separate processes on a real Kafka broker and
 * PostgreSQL, with customs answers duplicated, reordered and sometimes dropped (so only polling
 * finds them). Customs goes down in the middle of 200 declarations, and the adapter is killed and
 * restarted during the outage: every declaration is still handed off exactly once and every answer
 * applied exactly once. Answers replayed in reverse order change nothing. A poison record lands on
 * the dead-letter topic and is replayed after a fix. Answers slower than the adapter's timeout delay
 * the handoff; the submissions resent meanwhile are lodged once.
 */
class AgencyOutageIT {

    static final int DECLARATIONS = 200;
    static final Duration LONG = Duration.ofMinutes(4);
    static final String CUSTOMS = "VNACCS";

    @TempDir
    static Path home;

    static Platform platform;
    static ConsumerTask<String, CloudEvent> handoffEvents;
    static ConsumerTask<String, byte[]> deadLetters;

    @BeforeAll
    static void start() {
        Path repo = Path.of(System.getProperty("gate.root", "..")).toAbsolutePath().normalize();
        platform = Platform.start(PlatformConfig.builder(home, repo)
                .freePorts()
                .apps(Apps.AGENCY_SIMULATOR, Apps.CUSTOMS_ADAPTER)
                // the draws of the faults and channels repeat from run to run
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_SEED", "20260615")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_CHANNEL_DELAY", "200ms")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_RELEASE_DELAY_GREEN", "300ms")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_RELEASE_DELAY_YELLOW", "600ms")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_RELEASE_DELAY_RED", "900ms")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_INSPECTION_FAIL_SHARE", "0")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_FAULTS_DUPLICATE_SHARE", "0.3")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_FAULTS_REORDER", "true")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_FAULTS_REORDER_WINDOW", "800ms")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_FAULTS_DROP_SHARE", "0.1")
                .env(Apps.CUSTOMS_ADAPTER, "GATE_CUSTOMS_DISPATCH_RETRY_INITIAL", "500ms")
                .env(Apps.CUSTOMS_ADAPTER, "GATE_CUSTOMS_DISPATCH_RETRY_MAX", "3s")
                .env(Apps.CUSTOMS_ADAPTER, "GATE_CUSTOMS_DISPATCH_BATCH_SIZE", "50")
                .env(Apps.CUSTOMS_ADAPTER, "GATE_CUSTOMS_ANSWERS_POLL_INTERVAL", "2s")
                .env(Apps.CUSTOMS_ADAPTER, "GATE_CUSTOMS_ANSWERS_QUIET_PERIOD", "3s")
                .env(Apps.CUSTOMS_ADAPTER, "GATE_CUSTOMS_ANSWERS_BATCH_SIZE", "100")
                .env(Apps.CUSTOMS_ADAPTER, "GATE_CUSTOMS_RESILIENCE_BREAKER_DELAY", "2s")
                .env(Apps.CUSTOMS_ADAPTER, "GATE_CUSTOMS_RESILIENCE_TIMEOUT", "1s")
                .readyTimeout(Duration.ofSeconds(240))
                .build());
        String bootstrap = platform.infra().kafkaBootstrap();
        handoffEvents = CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(Topics.CUSTOMS_HANDOFF);
        deadLetters = CloudEventKafka.on(bootstrap).consume(byte[].class).fromTopics("customs.dead-letter");
    }

    @AfterAll
    static void stop() {
        if (handoffEvents != null) {
            handoffEvents.close();
        }
        if (deadLetters != null) {
            deadLetters.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void an_outage_of_customs_amid_200_declarations_ends_with_each_handed_off_and_answered_exactly_once() {
        List<DeclarationSubmitted> declarations = new ArrayList<>();
        for (int i = 0; i < DECLARATIONS; i++) {
            declarations.add(declaration());
        }
        Set<String> ids = declarations.stream().map(DeclarationSubmitted::declarationId).collect(Collectors.toSet());
        declarations.subList(0, DECLARATIONS / 2).forEach(AgencyOutageIT::publish);
        await().atMost(LONG).until(() -> count(CustomsEventType.HANDOFF_ACCEPTED, ids) >= DECLARATIONS / 4);

        setCustomsDown(true);
        declarations.subList(DECLARATIONS / 2, DECLARATIONS).forEach(AgencyOutageIT::publish);
        await().atMost(LONG).until(() -> count(CustomsEventType.HANDOFF_DELAYED, ids) >= 10);
        String waiting = perDeclaration(CustomsEventType.HANDOFF_DELAYED, ids).keySet().iterator().next();
        JsonPath officerView = handoffs(waiting);
        assertThat(officerView.getString("[0].state")).isEqualTo("PENDING");
        assertThat(officerView.getBoolean("[0].waiting")).isTrue();

        platform.kill(Apps.CUSTOMS_ADAPTER);
        platform.restart(Apps.CUSTOMS_ADAPTER);
        setCustomsDown(false);

        await().atMost(LONG).until(() -> count(CustomsEventType.CUSTOMS_RELEASED, ids) == DECLARATIONS);
        await().during(Duration.ofSeconds(5)).atMost(LONG).until(() -> count(CustomsEventType.CUSTOMS_RELEASED, ids) == DECLARATIONS);

        assertEachOnce(ids, CustomsEventType.HANDOFF_ACCEPTED);
        assertEachOnce(ids, CustomsEventType.CUSTOMS_CHANNEL_ASSIGNED);
        assertEachOnce(ids, CustomsEventType.CUSTOMS_RELEASED);
        assertThat(perDeclaration(CustomsEventType.HANDOFF_DELAYED, ids).values()).allMatch(n -> n == 1);
        assertThat(perDeclaration(CustomsEventType.DECLARATION_REJECTED, ids)).isEmpty();
        Set<String> inspected = channels(ids).entrySet().stream().filter(e -> !e.getValue().equals("GREEN"))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(inspected).isNotEmpty();
        assertThat(perDeclaration(CustomsEventType.CUSTOMS_INSPECTION_ORDERED, ids)).containsOnlyKeys(inspected)
                .allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
        assertThat(perDeclaration(CustomsEventType.CUSTOMS_INSPECTION_COMPLETED, ids)).containsOnlyKeys(inspected)
                .allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
        assertOrderedPerDeclaration(ids);

        JsonPath lodgements = admin().when().get(simulator("/admin/systems/VNACCS/lodgements"))
                .then().statusCode(200).extract().jsonPath();
        Map<String, Long> lodgedPerDeclaration = lodgements.getList("subjectId", String.class).stream()
                .filter(ids::contains).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(lodgedPerDeclaration).hasSize(DECLARATIONS).allSatisfy((id, n) -> assertThat(n).isEqualTo(1L));
        JsonPath counters = admin().when().get(simulator("/admin/systems/VNACCS/counters"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(counters.getLong("refusedWhileDown")).isPositive();
        assertThat(counters.getLong("callbacksDuplicated")).isPositive();
        assertThat(counters.getLong("callbacksDropped")).isPositive();

        String metrics = given().when().get(platform.managementUrl(Apps.CUSTOMS_ADAPTER) + "/q/metrics").then().statusCode(200)
                .extract().asString();
        long records = CloudEventKafka.events(handoffEvents).stream().filter(e -> ids.contains(e.getSubject())).count();
        long events = distinct(CloudEventKafka.events(handoffEvents)).stream().filter(e -> ids.contains(e.getSubject())).count();
        System.out.printf("%nAgency outage, observed: %d declarations, %d waited for VNACCS (HandoffDelayed), channels %s;"
                        + "%n  %d events on customs.handoff.events in %d records (%d redelivered by the outbox after the kill);"
                        + "%n  simulator VNACCS counters %s;%n  adapter metrics since its restart:%n%s%n", DECLARATIONS,
                perDeclaration(CustomsEventType.HANDOFF_DELAYED, ids).size(),
                channels(ids).values().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())),
                events, records, records - events, counters.getMap("$"), metrics.lines().filter(l -> l.startsWith("customs_handoff")
                        && l.contains("VNACCS")).map(l -> "    " + l).collect(Collectors.joining("\n")));
    }

    @Test
    void answers_slower_than_the_timeout_delay_the_handoff_and_the_resent_submissions_are_lodged_once() {
        long repeatedBefore = vnaccsCounter("repeatedSubmissions");
        setCustomsFaults(Map.of("latencyMs", 1500));
        List<DeclarationSubmitted> declarations = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            declarations.add(declaration());
        }
        Set<String> ids = declarations.stream().map(DeclarationSubmitted::declarationId).collect(Collectors.toSet());
        try {
            declarations.forEach(AgencyOutageIT::publish);
            await().atMost(LONG).until(() -> count(CustomsEventType.HANDOFF_DELAYED, ids) >= 1);
        } finally {
            setCustomsFaults(Map.of("latencyMs", 0));
        }

        await().atMost(LONG).until(() -> count(CustomsEventType.CUSTOMS_RELEASED, ids) == ids.size());
        await().during(Duration.ofSeconds(3)).atMost(LONG).until(() -> count(CustomsEventType.CUSTOMS_RELEASED, ids) == ids.size());
        assertEachOnce(ids, CustomsEventType.HANDOFF_ACCEPTED);
        assertEachOnce(ids, CustomsEventType.CUSTOMS_CHANNEL_ASSIGNED);
        assertEachOnce(ids, CustomsEventType.CUSTOMS_RELEASED);
        Map<String, Long> lodged = admin().when().get(simulator("/admin/systems/VNACCS/lodgements")).then().statusCode(200)
                .extract().jsonPath().getList("subjectId", String.class).stream().filter(ids::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(lodged).hasSize(ids.size()).allSatisfy((id, n) -> assertThat(n).isEqualTo(1L));
        long repeated = vnaccsCounter("repeatedSubmissions") - repeatedBefore;
        assertThat(repeated).isPositive();
        System.out.printf("%nSlow customs (1.5 s answers, 1 s timeout), observed: %d declarations, %d waited (HandoffDelayed),"
                        + " %d submissions resent with the same submissionId, each declaration lodged once%n", ids.size(),
                perDeclaration(CustomsEventType.HANDOFF_DELAYED, ids).size(), repeated);
    }

    @Test
    void answers_sent_again_in_reverse_order_change_nothing() {
        DeclarationSubmitted d = declaration();
        publish(d);
        Set<String> id = Set.of(d.declarationId());
        await().atMost(LONG).until(() -> count(CustomsEventType.CUSTOMS_RELEASED, id) == 1);
        int before = eventsOf(d.declarationId()).size();
        String reference = handoffs(d.declarationId()).getString("[0].agencyReference");

        List<Map<String, Object>> answers = given().auth().preemptive().basic("customs-adapter", Apps.simulatorClientSecret())
                .when().get(simulator("/vnaccs/v1/declarations/" + reference + "/answers"))
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(answers).hasSizeGreaterThanOrEqualTo(2);
        List<Map<String, Object>> reversed = new ArrayList<>(answers);
        Collections.reverse(reversed);
        String agency = platform.token("vnaccs", "agency-system");
        for (Map<String, Object> answer : reversed) {
            given().auth().oauth2(agency).contentType(ContentType.JSON).body(answer)
                    .when().post(platform.url(Apps.CUSTOMS_ADAPTER) + "/api/agency-answers/customs")
                    .then().statusCode(200).body("outcome", equalTo("DUPLICATE"));
        }
        Map<String, Object> otherChannel = new java.util.HashMap<>(answers.get(0));
        otherChannel.put("messageId", UUID.randomUUID().toString());
        otherChannel.put("channel", "GREEN".equals(otherChannel.get("channel")) ? "RED" : "GREEN");
        given().auth().oauth2(agency).contentType(ContentType.JSON).body(otherChannel)
                .when().post(platform.url(Apps.CUSTOMS_ADAPTER) + "/api/agency-answers/customs")
                .then().statusCode(200).body("outcome", equalTo("APPLIED"));

        await().during(Duration.ofSeconds(3)).atMost(LONG).until(() -> eventsOf(d.declarationId()).size() == before);
        assertThat(handoffs(d.declarationId()).getString("[0].state")).isEqualTo("RELEASED");
    }

    @Test
    void a_poison_message_lands_in_the_dead_letter_topic_and_is_replayed_after_a_fix() {
        DeclarationSubmitted d = declaration();
        String eventId = UUID.randomUUID().toString();
        String poison = EventCodec.encodeToString(d).replace("\"version\":1", "\"version\":\"one\"");
        CloudEventKafka.publish(platform.infra().kafkaBootstrap(), Topics.CLEARANCE_DECLARATION, d.declarationId(),
                eventId, ClearanceEventType.DECLARATION_SUBMITTED.type(), poison.getBytes(StandardCharsets.UTF_8));
        await().atMost(LONG).until(() -> deadLetters.getRecords().stream().anyMatch(r -> d.declarationId().equals(r.key())));
        ConsumerRecord<String, byte[]> parked = deadLetters.getRecords().stream()
                .filter(r -> d.declarationId().equals(r.key())).findFirst().orElseThrow();
        String replay = platform.url(Apps.CUSTOMS_ADAPTER) + "/api/dead-letters/" + parked.partition() + "/"
                + parked.offset() + "/replay";
        String supervisor = platform.token("supervisor", "supervisor");

        given().auth().oauth2(supervisor).when().post(replay).then().statusCode(422);
        assertThat(handoffs(d.declarationId()).getList("$")).isEmpty();

        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body(EventCodec.encodeToString(d))
                .when().post(replay).then().statusCode(200).body("outcome", equalTo("APPLIED"));
        Set<String> id = Set.of(d.declarationId());
        await().atMost(LONG).until(() -> count(CustomsEventType.CUSTOMS_RELEASED, id) == 1);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body(EventCodec.encodeToString(d))
                .when().post(replay).then().statusCode(200).body("outcome", equalTo("ALREADY_APPLIED"));
        await().during(Duration.ofSeconds(2)).atMost(LONG).until(() -> count(CustomsEventType.HANDOFF_ACCEPTED, id) == 1);
        assertThat(handoffs(d.declarationId()).getList("$")).hasSize(1);
    }

    static DeclarationSubmitted declaration() {
        String number = "30" + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
        String booking = "KT2-" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        return new DeclarationSubmitted(UUID.randomUUID().toString(), 1, "5300123456", "Cong ty TNHH Dien tu Lao Cai",
                "Hekou Electronics Trading Co., Ltd.", number, "EXPORT", "CN", List.of(booking),
                List.of(new GoodsLine(1, "85171300", "Mobile phones, boxed", new BigDecimal("500"), "PCE",
                        new BigDecimal("150"), new BigDecimal("180"), new BigDecimal("60000"), "USD", "VN")),
                Instant.now(), List.of(), false);
    }

    static void publish(DeclarationSubmitted d) {
        CloudEventKafka.publish(platform.infra().kafkaBootstrap(), Topics.CLEARANCE_DECLARATION, d.declarationId(),
                UUID.randomUUID().toString(), ClearanceEventType.DECLARATION_SUBMITTED.type(), EventCodec.encode(d));
    }

    static void setCustomsDown(boolean down) {
        setCustomsFaults(Map.of("down", down));
    }

    /** Changes some faults of the simulated VNACCS, keeping the others. */
    static void setCustomsFaults(Map<String, Object> changes) {
        SimulatorAdmin.setCustomsFaults(platform, changes);
    }

    static long vnaccsCounter(String name) {
        return admin().when().get(simulator("/admin/systems/VNACCS/counters")).then().statusCode(200)
                .extract().jsonPath().getLong(name);
    }

    static String simulator(String path) {
        return platform.url(Apps.AGENCY_SIMULATOR) + path;
    }

    static io.restassured.specification.RequestSpecification admin() {
        return SimulatorAdmin.admin();
    }

    static JsonPath handoffs(String declarationId) {
        return given().auth().oauth2(platform.token("officer", "customs-officer"))
                .queryParam("declarationId", declarationId)
                .when().get(platform.url(Apps.CUSTOMS_ADAPTER) + "/api/handoffs")
                .then().statusCode(200).extract().jsonPath();
    }

    static List<CloudEvent> eventsOf(String declarationId) {
        return distinct(CloudEventKafka.events(handoffEvents)).stream().filter(e -> declarationId.equals(e.getSubject())).toList();
    }

    /**
     * Distinct events (by CloudEvent id) of the type per declaration. The outbox publishes at least once:
     * a record published just before the adapter was killed may be published again with the same id,
     * which consumers drop; a second event with another id would be a second state change.
     */
    static Map<String, Long> perDeclaration(CustomsEventType type, Set<String> ids) {
        return distinct(CloudEventKafka.ofType(handoffEvents, type.type())).stream().map(CloudEvent::getSubject).filter(ids::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    static List<CloudEvent> distinct(List<CloudEvent> events) {
        Set<String> seen = new java.util.HashSet<>();
        return events.stream().filter(e -> seen.add(e.getId())).toList();
    }

    static long count(CustomsEventType type, Set<String> ids) {
        return perDeclaration(type, ids).size();
    }

    static void assertEachOnce(Set<String> ids, CustomsEventType type) {
        Map<String, Long> counts = perDeclaration(type, ids);
        assertThat(counts).as(type.name()).hasSize(ids.size());
        assertThat(counts.values()).as(type.name()).allMatch(n -> n == 1);
    }

    static Map<String, String> channels(Set<String> ids) {
        return distinct(CloudEventKafka.ofType(handoffEvents, CustomsEventType.CUSTOMS_CHANNEL_ASSIGNED.type())).stream()
                .filter(e -> ids.contains(e.getSubject()))
                .map(e -> (CustomsChannelAssigned) EventCodec.decode(e.getType(), e.getData().toBytes()))
                .collect(Collectors.toMap(CustomsChannelAssigned::declarationId, CustomsChannelAssigned::channel));
    }

    /** For each declaration the events came as they happen: accepted, channel, (inspection ordered, done), released. */
    static void assertOrderedPerDeclaration(Set<String> ids) {
        Map<String, List<String>> byDeclaration = distinct(CloudEventKafka.events(handoffEvents)).stream()
                .filter(e -> ids.contains(e.getSubject()))
                .filter(e -> !e.getType().equals(CustomsEventType.HANDOFF_DELAYED.type()))
                .collect(Collectors.groupingBy(CloudEvent::getSubject,
                        Collectors.mapping(e -> e.getType().substring(e.getType().lastIndexOf('.') + 1), Collectors.toList())));
        assertThat(byDeclaration.values()).allSatisfy(types -> assertThat(types).isIn(
                List.of("HandoffAccepted", "CustomsChannelAssigned", "CustomsReleased"),
                List.of("HandoffAccepted", "CustomsChannelAssigned", "CustomsInspectionOrdered",
                        "CustomsInspectionCompleted", "CustomsReleased")));
    }
}
