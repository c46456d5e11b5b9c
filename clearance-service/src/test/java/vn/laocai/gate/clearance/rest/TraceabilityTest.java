package vn.laocai.gate.clearance.rest;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.CrossingBooked;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.QueueEventType;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.events.VehicleEnteredGate;
import vn.laocai.gate.events.VehicleExited;
import vn.laocai.gate.events.VehicleReleased;
import vn.laocai.gate.infra.CloudEventKafka;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static vn.laocai.gate.clearance.DeclarationMother.PDF;
import static vn.laocai.gate.clearance.DeclarationMother.declarationJson;
import static vn.laocai.gate.clearance.DeclarationMother.declarationNumber;
import static vn.laocai.gate.clearance.DeclarationMother.giveConsent;
import static vn.laocai.gate.clearance.DeclarationMother.newBookingCode;
import static vn.laocai.gate.clearance.DeclarationMother.submit;
import static vn.laocai.gate.clearance.DeclarationMother.submitBody;
import static vn.laocai.gate.clearance.DeclarationMother.token;
import static vn.laocai.gate.clearance.DeclarationMother.upload;
import static vn.laocai.gate.clearance.DeclarationMother.SHARE_CODE;

/** A consignment's traceability record for its trader and the officers, and the share link that opens its redacted view. */
@QuarkusTest
class TraceabilityTest {

    static final String TRADER = "trader-trace";
    static final String DRIVER = "Lò Văn Thành";
    static final String DRIVER_DOCUMENT = "C7788990";
    static final String DRIVER_PHONE = "+84912345678";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "gate.clearance.traceability.public-url")
    String publicUrl;

    /** A declaration on a truck with a trailer, both GACC codes and an invoice attached, a decision taken, and the truck crossed. */
    private String consignment(String booking) throws Exception {
        // the sample's codes in force, whatever another test imported before
        given().auth().oauth2(token("kd-trace", "quarantine-officer")).contentType("text/csv")
                .body(GaccCodeTest.sample().replace("VN-2026-11-20-SAMPLE", "VN-TRACE-" + UUID.randomUUID().toString().substring(0, 8)))
                .when().post("/api/gacc-codes").then().statusCode(201);
        Instant now = Instant.now();
        // as an older producer would have sent it, with the driver's personal data that must never show
        CloudEventKafka.publish(bootstrap, Topics.QUEUE_BOOKING, booking, UUID.randomUUID().toString(),
                QueueEventType.CROSSING_BOOKED.type(), EventCodec.encode(new CrossingBooked(booking, "24C12345", "24R00123", "EXPORT",
                        "PERISHABLE", DRIVER, now, now.plusSeconds(3600), now, "TRUCK", "OVER_10T", "VN", DRIVER_DOCUMENT,
                        "driver-thanh", "24C-123.45", DRIVER_PHONE)));
        giveConsent(bootstrap, booking, SHARE_CODE);
        String id = submitBody(TRADER, declarationJson(declarationNumber(), booking));
        upload(id, TRADER, "PLANTING_AREA_CODE", "VN-LCA-0101", null, null).then().statusCode(201);
        upload(id, TRADER, "PACKING_HOUSE_CODE", "VN-LCPH-0012", null, null).then().statusCode(201);
        upload(id, TRADER, "INVOICE", "INV-TRACE-001", PDF, "application/pdf").then().statusCode(201);
        given().auth().oauth2(token("kd-trace", "quarantine-officer")).contentType(ContentType.JSON)
                .body("{\"decision\": \"SAMPLE\", \"reason\": \"Sample sent to the laboratory\"}")
                .when().post("/api/declarations/" + id + "/steps/PLANT_QUARANTINE/decisions").then().statusCode(200);
        return id;
    }

    private void crossed(String booking, String declarationId, Instant in, Instant released, Instant out) {
        String entered = UUID.randomUUID().toString();
        queue(booking, entered, QueueEventType.VEHICLE_ENTERED_GATE, new VehicleEnteredGate(booking, "24C12345", "EXPORT", 2, in));
        // redelivered, and a later report of the same crossing: the first time seen stays
        queue(booking, entered, QueueEventType.VEHICLE_ENTERED_GATE, new VehicleEnteredGate(booking, "24C12345", "EXPORT", 2, in));
        queue(booking, UUID.randomUUID().toString(), QueueEventType.VEHICLE_ENTERED_GATE,
                new VehicleEnteredGate(booking, "24C12345", "EXPORT", 2, in.plusSeconds(600)));
        queue(booking, UUID.randomUUID().toString(), QueueEventType.VEHICLE_RELEASED,
                new VehicleReleased(booking, "24C12345", declarationId, released));
        queue(booking, UUID.randomUUID().toString(), QueueEventType.VEHICLE_EXITED, new VehicleExited(booking, "24C12345", "EXPORT", 2, out));
    }

    private void queue(String booking, String eventId, QueueEventType type, vn.laocai.gate.events.GateEvent event) {
        CloudEventKafka.publish(bootstrap, Topics.QUEUE_BOOKING, booking, eventId, type.type(), EventCodec.encode(event));
    }

    private static JsonPath record(String id, String user, String role) {
        return given().auth().oauth2(token(user, role)).when().get("/api/declarations/" + id + "/traceability")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void the_record_links_origins_declaration_documents_truck_crossing_and_decisions() throws Exception {
        String booking = newBookingCode();
        String id = consignment(booking);
        Instant in = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1800);
        crossed(booking, id, in, in.plusSeconds(900), in.plusSeconds(1200));
        await().atMost(Duration.ofSeconds(30)).until(() -> record(id, TRADER, "trader").getString("trucks[0].exitedAt") != null);

        for (JsonPath r : List.of(record(id, TRADER, "trader"), record(id, "kd-reader", "quarantine-officer"))) {
            assertThat(r.getString("plantingAreas[0].code")).isEqualTo("VN-LCA-0101");
            assertThat(r.getString("plantingAreas[0].province")).isEqualTo("Lao Cai");
            assertThat(r.getString("plantingAreas[0].name")).isNotBlank();
            assertThat(r.getString("plantingAreas[0].product")).isNotBlank();
            assertThat(r.getString("plantingAreas[0].statusInForce")).isEqualTo("ACTIVE");
            assertThat(r.getString("plantingAreas[0].statusWhenAttached")).isEqualTo("ACTIVE");
            assertThat(r.getString("plantingAreas[0].listWhenAttached")).startsWith("VN-");
            assertThat(r.getString("packingHouses[0].code")).isEqualTo("VN-LCPH-0012");
            assertThat(r.getString("packingHouses[0].statusWhenAttached")).isEqualTo("ACTIVE");
            assertThat(r.getString("gaccListInForce")).isNotBlank();
            assertThat(r.getString("customsDeclarationNumber")).hasSize(12);
            assertThat(r.getString("direction")).isEqualTo("EXPORT");
            assertThat(r.getString("exporter.taxCode")).isEqualTo("5300123456");
            assertThat(r.getString("exporter.name")).isEqualTo("Cong ty TNHH Nong san Lao Cai");
            assertThat(r.getString("importer.name")).isEqualTo("Hekou Fruit Trading Co., Ltd.");
            assertThat(r.getString("goodsLines[0].hsCode")).isNotBlank();
            assertThat(r.getList("documents.type", String.class)).contains("PLANTING_AREA_CODE", "PACKING_HOUSE_CODE", "INVOICE");
            Map<String, Object> invoice = r.getMap("documents.find { it.type == 'INVOICE' }");
            assertThat((String) invoice.get("sha256")).hasSize(64);
            assertThat(invoice.get("attachedAt")).isNotNull();
            assertThat(r.getString("trucks[0].bookingCode")).isEqualTo(booking);
            assertThat(r.getString("trucks[0].plate")).isEqualTo("24C12345");
            assertThat(r.getString("trucks[0].trailerPlate")).isEqualTo("24R00123");
            assertThat(r.getString("trucks[0].link")).isEqualTo("LINKED");
            assertThat(Instant.parse(r.getString("trucks[0].enteredGateAt"))).isEqualTo(in);
            assertThat(Instant.parse(r.getString("trucks[0].releasedAt"))).isEqualTo(in.plusSeconds(900));
            assertThat(Instant.parse(r.getString("trucks[0].exitedAt"))).isEqualTo(in.plusSeconds(1200));
            Map<String, Object> plant = r.getMap("steps.find { it.step == 'PLANT_QUARANTINE' }");
            assertThat(plant.get("state")).isEqualTo("SAMPLE_TAKEN");
            assertThat(r.getList("steps.find { it.step == 'PLANT_QUARANTINE' }.decisions.decision", String.class)).containsExactly("SAMPLE");
            assertThat(r.getString("steps.find { it.step == 'PLANT_QUARANTINE' }.decisions[0].decidedBy")).isEqualTo("kd-trace");
            assertThat(r.getString("steps.find { it.step == 'PLANT_QUARANTINE' }.decisions[0].at")).isNotNull();
        }
    }

    @Test
    void another_traders_record_is_forbidden_and_an_unknown_one_not_found() {
        String id = submit(bootstrap, TRADER);
        given().auth().oauth2(token("trader-other", "trader")).when().get("/api/declarations/" + id + "/traceability")
                .then().statusCode(403).contentType("application/problem+json").body("type", endsWith("/not-your-declaration"));
        given().auth().oauth2(token("trader-other", "trader")).when().post("/api/declarations/" + id + "/traceability/links")
                .then().statusCode(403);
        given().auth().oauth2(token(TRADER, "trader")).when().get("/api/declarations/" + UUID.randomUUID() + "/traceability")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/declarations/" + id + "/traceability").then().statusCode(401);
    }

    @Test
    void a_share_link_opens_the_record_without_login_and_without_personal_data_until_revoked() throws Exception {
        String booking = newBookingCode();
        String id = consignment(booking);
        JsonPath link = given().auth().oauth2(token(TRADER, "trader")).when().post("/api/declarations/" + id + "/traceability/links")
                .then().statusCode(201).extract().jsonPath();
        String token = link.getString("token");
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(link.getString("url")).isEqualTo(publicUrl + "/" + token);
        assertThat(Instant.parse(link.getString("expiresAt"))).isBetween(Instant.now().plus(Duration.ofDays(29)),
                Instant.now().plus(Duration.ofDays(31)));

        String shared = given().when().get("/api/traceability/" + token).then().statusCode(200).extract().asString();
        assertThat(shared).contains("VN-LCA-0101", "VN-LCPH-0012", "Cong ty TNHH Nong san Lao Cai", "5300123456", "24C12345", booking);
        assertThat(shared).doesNotContain(DRIVER, DRIVER_DOCUMENT, DRIVER_PHONE, "driver-thanh", TRADER, "kd-trace");

        given().auth().oauth2(token("trader-other", "trader")).when()
                .delete("/api/declarations/" + id + "/traceability/links/" + link.getString("id")).then().statusCode(403);
        given().auth().oauth2(token(TRADER, "trader")).when()
                .delete("/api/declarations/" + id + "/traceability/links/" + link.getString("id")).then().statusCode(200)
                .body("revokedBy", equalTo(TRADER));
        given().when().get("/api/traceability/" + token).then().statusCode(410).contentType("application/problem+json")
                .body("type", endsWith("/traceability-link-revoked"));
        assertThat(CaseAuditTest.audit(id, "TRACEABILITY_LINK_CREATED")).hasSize(1);
        assertThat(CaseAuditTest.audit(id, "TRACEABILITY_LINK_REVOKED")).singleElement()
                .satisfies(e -> assertThat(e.get("actor")).isEqualTo(TRADER));
    }

    @Test
    void an_expired_link_and_a_token_never_given_are_refused() {
        String id = submit(bootstrap, TRADER);
        JsonPath link = given().auth().oauth2(token("kd-share", "quarantine-officer")).when()
                .post("/api/declarations/" + id + "/traceability/links").then().statusCode(201).extract().jsonPath();
        given().when().get("/api/traceability/" + link.getString("token")).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("update traceability_link set expires_at = now() - interval '1 minute' where id = :id")
                .setParameter("id", UUID.fromString(link.getString("id"))).executeUpdate());
        given().when().get("/api/traceability/" + link.getString("token")).then().statusCode(410)
                .contentType("application/problem+json").body("type", endsWith("/traceability-link-expired"));
        given().when().get("/api/traceability/" + "A".repeat(43)).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/traceability/not-a-token").then().statusCode(400);
    }
}
