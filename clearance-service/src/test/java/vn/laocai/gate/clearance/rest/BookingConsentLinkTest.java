package vn.laocai.gate.clearance.rest;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.ClearanceEventType;
import vn.laocai.gate.events.ConsignmentHeld;
import vn.laocai.gate.events.CustomsChannelAssigned;
import vn.laocai.gate.events.CustomsEventType;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.EventSchemaAssert;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.CloudEventKafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.laocai.gate.clearance.DeclarationMother.PDF;
import static vn.laocai.gate.clearance.DeclarationMother.SHARE_CODE;
import static vn.laocai.gate.clearance.DeclarationMother.announceBooking;
import static vn.laocai.gate.clearance.DeclarationMother.announceBookingWithoutConsent;
import static vn.laocai.gate.clearance.DeclarationMother.answer;
import static vn.laocai.gate.clearance.DeclarationMother.declarationNumber;
import static vn.laocai.gate.clearance.DeclarationMother.declarationWithShareCodes;
import static vn.laocai.gate.clearance.DeclarationMother.giveConsent;
import static vn.laocai.gate.clearance.DeclarationMother.read;
import static vn.laocai.gate.clearance.DeclarationMother.submitBody;
import static vn.laocai.gate.clearance.DeclarationMother.token;
import static vn.laocai.gate.clearance.DeclarationMother.upload;
import static vn.laocai.gate.clearance.DeclarationMother.uploadFruitDocumentsButPhyto;
import static vn.laocai.gate.clearance.DeclarationMother.withdrawConsent;

/** A consignment is linked to a booking only with its driver's share code; a withdrawn consent undoes the link. */
@QuarkusTest
class BookingConsentLinkTest {

    static final String OWNER = "trader-lan";
    static final String STRANGER = "trader-mallory";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static Response declare(String trader, String body) {
        return given().auth().oauth2(token(trader, "trader")).contentType(ContentType.JSON).body(body).when().post("/api/declarations");
    }

    static String codes(String... shareCodes) {
        return shareCodes.length == 0 ? "null" : "[" + String.join(",", java.util.Arrays.stream(shareCodes)
                .map(c -> c == null ? "null" : "\"" + c + "\"").toList()) + "]";
    }

    /** A booking whose driver consented, and the owner's declaration linked to it. */
    record Linked(String booking, String consentId, String declarationId, String number) {
    }

    Linked linkedDeclaration() {
        String booking = announceBookingWithoutConsent(bootstrap, "EXPORT");
        String consentId = giveConsent(bootstrap, booking, SHARE_CODE);
        String number = declarationNumber();
        String id = submitBody(OWNER, declarationWithShareCodes(number, booking, codes(SHARE_CODE.toLowerCase().replace("-", ""))));
        return new Linked(booking, consentId, id, number);
    }

    @Test
    void the_right_share_code_links_the_booking_the_event_names_the_consent_and_an_amendment_needs_no_code_again() {
        try (ConsumerTask<String, CloudEvent> out = CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(Topics.CLEARANCE_DECLARATION)) {
            Linked linked = linkedDeclaration();

            var view = read(linked.declarationId(), OWNER);
            assertThat(view.getString("links[0].bookingCode")).isEqualTo(linked.booking());
            assertThat(view.getString("links[0].consentId")).isEqualTo(linked.consentId());
            assertThat(view.getString("links[0].state")).isEqualTo("LINKED");

            await().atMost(Duration.ofSeconds(20)).until(() -> !submitted(out, linked.declarationId()).isEmpty());
            CloudEvent event = submitted(out, linked.declarationId()).get(0);
            EventSchemaAssert.assertConforms(event.getType(), event.getData().toBytes());
            DeclarationSubmitted decoded = (DeclarationSubmitted) EventCodec.decode(event.getType(), event.getData().toBytes());
            assertThat(decoded.consentIds()).containsExactly(linked.consentId());

            String amended = declarationWithShareCodes(linked.number(), linked.booking(), codes((String) null))
                    .replace("Fresh durian, Ri6 variety", "Fresh durian, Monthong variety");
            given().auth().oauth2(token(OWNER, "trader")).contentType(ContentType.JSON).body(amended)
                    .when().put("/api/declarations/" + linked.declarationId())
                    .then().statusCode(200)
                    .body("version", org.hamcrest.Matchers.equalTo(2))
                    .body("links[0].consentId", org.hamcrest.Matchers.equalTo(linked.consentId()));
        }
    }

    static List<CloudEvent> submitted(ConsumerTask<String, CloudEvent> out, String id) {
        return CloudEventKafka.ofType(out, ClearanceEventType.DECLARATION_SUBMITTED.type()).stream().filter(e -> id.equals(e.getSubject())).toList();
    }

    @Test
    void a_stranger_without_the_code_with_a_wrong_code_or_naming_an_unknown_booking_without_code_gets_the_same_answer() {
        Linked linked = linkedDeclaration();
        String booking = linked.booking();

        List<Response> refusals = List.of(
                declare(STRANGER, declarationWithShareCodes(declarationNumber(), booking, codes())),
                declare(STRANGER, declarationWithShareCodes(declarationNumber(), booking, codes((String) null))),
                declare(STRANGER, declarationWithShareCodes(declarationNumber(), booking, codes("7KQ2-M9XE"))),
                declare(STRANGER, declarationWithShareCodes(declarationNumber(), booking, codes("AAAA-AAAA"))));
        Response unknown = declare(STRANGER, declarationWithShareCodes(declarationNumber(), "KT2-QQQQQQ", codes((String) null)));
        Response noConsent = declare(STRANGER, declarationWithShareCodes(declarationNumber(),
                announceBookingWithoutConsent(bootstrap, "EXPORT"), codes()));

        String expected = refusals.get(0).asString();
        for (Response refusal : refusals) {
            refusal.then().statusCode(422).contentType("application/problem+json");
            assertThat(refusal.asString()).isEqualTo(expected);
        }
        assertThat(refusals.get(0).jsonPath().getString("type")).endsWith("/booking-consent-required");
        assertThat(refusals.get(0).jsonPath().getList("violations.field")).containsExactly("bookingCodes[0]");
        // said in the default language, Vietnamese, as no Accept-Language asked for another
        assertThat(refusals.get(0).jsonPath().getString("detail")).isEqualTo("cần sự đồng ý của lái xe để gắn lô hàng với "
                + booking + "; hãy xin lái xe mã chia sẻ của lượt đặt chỗ");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.asString()).isEqualTo(expected.replace(booking, "KT2-QQQQQQ"));
        assertThat(noConsent.statusCode()).isEqualTo(422);
        assertThat(noConsent.jsonPath().getString("type")).isEqualTo(refusals.get(0).jsonPath().getString("type"));

        var owners = read(linked.declarationId(), OWNER);
        assertThat(owners.getString("links[0].state")).as("the stranger changed nothing").isEqualTo("LINKED");
        given().auth().oauth2(token(STRANGER, "trader")).when().get("/api/declarations").then().statusCode(200)
                .extract().jsonPath().getList("bookingCodes.flatten()", String.class).forEach(b -> assertThat(b).isNotEqualTo(booking));
    }

    @Test
    void no_refusal_of_a_link_carries_data_of_another_account() {
        Linked linked = linkedDeclaration();
        String booking = linked.booking();
        List<Response> refusals = new ArrayList<>();
        for (String shareCodes : List.of(codes(), codes("7KQ2-M9XE"), codes("bad"), codes(SHARE_CODE, SHARE_CODE), codes(""))) {
            refusals.add(declare(STRANGER, declarationWithShareCodes(declarationNumber(), booking, shareCodes)));
            refusals.add(declare(STRANGER, declarationWithShareCodes(linked.number(), booking, shareCodes)));
        }
        refusals.add(given().auth().oauth2(token(STRANGER, "trader")).contentType(ContentType.JSON)
                .body(declarationWithShareCodes(linked.number(), booking, codes()))
                .when().put("/api/declarations/" + linked.declarationId()));

        var owners = read(linked.declarationId(), OWNER);
        List<String> secrets = List.of(OWNER, linked.consentId(), "24C12345", "Lò Văn Minh", "HELD",
                "IN_CLEARANCE", "SUBMITTED", owners.getString("links[0].linkedAt"), owners.getString("declarantName"));
        for (Response refusal : refusals) {
            assertThat(refusal.statusCode()).as(refusal.asString()).isBetween(400, 499);
            assertThat(refusal.contentType()).startsWith("application/problem+json");
            for (String secret : secrets) {
                assertThat(refusal.asString()).as("refusal %s must not carry %s", refusal.asString(), secret).doesNotContain(secret);
            }
        }
    }

    @Test
    void a_withdrawn_consent_undoes_the_link_and_tells_the_queue_then_another_booking_restores_the_path() throws Exception {
        try (ConsumerTask<String, CloudEvent> out = CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(Topics.CLEARANCE_DECLARATION)) {
            Linked linked = linkedDeclaration();
            String id = linked.declarationId();
            uploadFruitDocumentsButPhyto(id, OWNER);
            upload(id, OWNER, "PHYTOSANITARY_CERTIFICATE", "VN-PHYTO-2026-555", PDF, "application/pdf").then().statusCode(201);
            answer(bootstrap, id, CustomsEventType.CUSTOMS_CHANNEL_ASSIGNED,
                    new CustomsChannelAssigned(id, 1, linked.number(), "GREEN", "VNACCS-1", Instant.now()));
            await().atMost(Duration.ofSeconds(20)).until(() -> read(id, OWNER).getBoolean("readyForGate"));

            withdrawConsent(bootstrap, linked.booking(), linked.consentId());

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(read(id, OWNER).getString("links[0].state")).isEqualTo("CONSENT_WITHDRAWN"));
            var view = read(id, OWNER);
            assertThat(view.getBoolean("readyForGate")).isFalse();
            assertThat(view.getList("holds.findAll { it.open }.step", String.class)).containsExactly("BOOKING_CONSENT_WITHDRAWN");
            given().auth().oauth2(token(OWNER, "trader")).when().get("/api/declarations/" + id + "/tracking").then().statusCode(200)
                    .body("blockingStep", org.hamcrest.Matchers.equalTo("BOOKING_CONSENT_WITHDRAWN"))
                    .body("withdrawnBookings", org.hamcrest.Matchers.equalTo(List.of(linked.booking())));
            List<String> details = given().auth().oauth2(token(OWNER, "trader")).when().get("/api/declarations/" + id + "/timeline")
                    .then().statusCode(200).extract().path("detail");
            assertThat(details).contains("The driver withdrew consent to carry this consignment on " + linked.booking()
                    + "; name another booking");
            await().atMost(Duration.ofSeconds(20)).until(() -> held(out, id).stream()
                    .anyMatch(h -> "BOOKING_CONSENT_WITHDRAWN".equals(h.step())));
            ConsignmentHeld held = held(out, id).stream().filter(h -> "BOOKING_CONSENT_WITHDRAWN".equals(h.step())).findFirst().orElseThrow();
            assertThat(held.bookingCodes()).containsExactly(linked.booking());
            List<Map<String, Object>> undone = given().auth().oauth2(token("sup-1", "supervisor")).queryParam("subject", id)
                    .queryParam("action", "BOOKING_LINK_UNDONE").when().get("/api/audit").then().statusCode(200)
                    .extract().jsonPath().getList("$");
            assertThat(undone).singleElement().satisfies(e -> {
                assertThat(e.get("actor")).isEqualTo("system:vehicle-queue");
                assertThat(e.get("details")).isEqualTo(Map.of("bookingCode", linked.booking(), "consentId", linked.consentId()));
            });

            String unchanged = declarationWithShareCodes(linked.number(), linked.booking(), codes());
            given().auth().oauth2(token(OWNER, "trader")).contentType(ContentType.JSON).body(unchanged)
                    .when().put("/api/declarations/" + id).then().statusCode(422)
                    .body("violations.field", org.hamcrest.Matchers.hasItem("bookingCodes[0]"));

            String another = announceBooking(bootstrap, "EXPORT");
            String amended = declarationWithShareCodes(linked.number(), another, codes(SHARE_CODE));
            await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(token(OWNER, "trader"))
                    .contentType(ContentType.JSON).body(amended).when().put("/api/declarations/" + id).statusCode() == 200);
            var restored = read(id, OWNER);
            assertThat(restored.getList("links.state", String.class)).containsExactly("LINKED");
            assertThat(restored.getString("links[0].bookingCode")).isEqualTo(another);
            assertThat(restored.getList("holds.findAll { it.open }.step", String.class)).isEmpty();
            assertThat(restored.getBoolean("readyForGate")).isTrue();
        }
    }

    static List<ConsignmentHeld> held(ConsumerTask<String, CloudEvent> out, String id) {
        return CloudEventKafka.ofType(out, ClearanceEventType.CONSIGNMENT_HELD.type()).stream().filter(e -> id.equals(e.getSubject()))
                .map(e -> (ConsignmentHeld) EventCodec.decode(e.getType(), e.getData().toBytes())).toList();
    }
}
