package vn.laocai.gate.clearance.rest;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.EventSchemaAssert;
import vn.laocai.gate.events.ClearanceEventType;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;
import vn.laocai.gate.infra.CloudEventKafka;

import java.time.Duration;
import java.util.Collections;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasItem;
import static vn.laocai.gate.clearance.DeclarationMother.announceBooking;
import static vn.laocai.gate.clearance.DeclarationMother.declarationJson;
import static vn.laocai.gate.clearance.DeclarationMother.declarationNumber;
import static vn.laocai.gate.clearance.DeclarationMother.declarationWithShareCodes;
import static vn.laocai.gate.clearance.DeclarationMother.goodsLine;
import static vn.laocai.gate.clearance.DeclarationMother.submit;
import static vn.laocai.gate.clearance.DeclarationMother.token;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "clearance"))
class DeclarationResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void a_trader_declares_for_a_known_booking_and_the_event_is_published() {
        try (ConsumerTask<String, CloudEvent> events = CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(Topics.CLEARANCE_DECLARATION)) {
            String id = submit(bootstrap, "trader-lan");

            given().auth().oauth2(token("trader-lan", "trader")).when().get("/api/declarations/" + id)
                    .then().statusCode(200)
                    .body("status", equalTo("SUBMITTED"))
                    .body("goodsLines[0].hsCode", equalTo("08106000"))
                    .body("version", equalTo(1));
            given().auth().oauth2(token("trader-lan", "trader")).when().get("/api/declarations/" + id + "/timeline")
                    .then().statusCode(200)
                    .body("step", hasItem("DECLARATION_SUBMITTED"))
                    .body("[0].actor", equalTo("trader-lan"));
            // each entry in the reader's language, its English record kept; a refusal's title too
            given().auth().oauth2(token("trader-lan", "trader")).header("Accept-Language", "zh-CN,zh;q=0.9")
                    .when().get("/api/declarations/" + id + "/timeline")
                    .then().statusCode(200).header("Content-Language", "zh")
                    .body("find { it.step == 'DECLARATION_SUBMITTED' }.text", startsWith("已提交报关单 "))
                    .body("find { it.step == 'DECLARATION_SUBMITTED' }.detail", startsWith("Declaration "));
            given().auth().oauth2(token("trader-lan", "trader")).header("Accept-Language", "vi")
                    .when().get("/api/declarations/" + id + "/timeline")
                    .then().statusCode(200).header("Content-Language", "vi")
                    .body("find { it.step == 'DECLARATION_SUBMITTED' }.text", startsWith("Đã nộp tờ khai "));
            given().auth().oauth2(token("trader-other", "trader")).header("Accept-Language", "zh-CN")
                    .when().get("/api/declarations/" + id)
                    .then().statusCode(404).header("Content-Language", "zh").body("title", equalTo("未找到"))
                    .body("detail", equalTo("报关单 " + id + " 不存在"));
            given().auth().oauth2(token("trader-lan", "trader")).when().get("/api/declarations")
                    .then().statusCode(200).body("id", hasItem(id));

            await().atMost(Duration.ofSeconds(20)).until(() -> events.getRecords().stream().anyMatch(r -> r.key().equals(id)));
            var event = events.getRecords().stream().filter(r -> r.key().equals(id)).findFirst().orElseThrow().value();
            assertThat(event.getType()).isEqualTo(ClearanceEventType.DECLARATION_SUBMITTED.type());
            EventSchemaAssert.assertConforms(event.getType(), event.getData().toBytes());
        }
    }

    @Test
    void another_trader_cannot_see_it_but_customs_can() {
        String id = submit(bootstrap, "trader-lan");
        given().auth().oauth2(token("trader-other", "trader")).when().get("/api/declarations/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token("customs-1", "customs-officer")).when().get("/api/declarations/" + id)
                .then().statusCode(200);
    }

    @Test
    void no_token_is_401_and_a_driver_is_403() {
        given().contentType(ContentType.JSON).body(declarationJson(declarationNumber(), "KT2-AAAAAA"))
                .when().post("/api/declarations").then().statusCode(401);
        given().auth().oauth2(token("driver-1", "driver")).contentType(ContentType.JSON)
                .body(declarationJson(declarationNumber(), "KT2-AAAAAA"))
                .when().post("/api/declarations").then().statusCode(403);
        given().auth().oauth2(token("driver-1", "driver")).when().get("/api/declarations").then().statusCode(403);
    }

    @Test
    void a_bad_hs_code_is_named_with_its_line() {
        given().auth().oauth2(token("trader-lan", "trader")).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(declarationJson(declarationNumber(), "KT2-AAAAAA", goodsLine("0810.60.00"), goodsLine("0810")))
                .when().post("/api/declarations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("goodsLines[1].hsCode"))
                .body("detail", containsString("at least 6 digits"));
    }

    @Test
    void fifty_one_goods_lines_are_refused() {
        String[] lines = Collections.nCopies(51, goodsLine("08106000")).toArray(String[]::new);
        given().auth().oauth2(token("trader-lan", "trader")).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(declarationJson(declarationNumber(), "KT2-AAAAAA", lines))
                .when().post("/api/declarations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("goodsLines"))
                .body("detail", containsString("at most 50 goods lines"));
    }

    @Test
    void a_malformed_tax_code_and_declaration_number_are_named() {
        String body = declarationJson("12345", "KT2-AAAAAA").replace("5300123456", "53001");
        given().auth().oauth2(token("trader-lan", "trader")).contentType(ContentType.JSON).body(body)
                .when().post("/api/declarations")
                .then().statusCode(400)
                .body("violations.field", hasItem("declarant.taxCode"))
                .body("violations.field", hasItem("customsDeclarationNumber"));
    }

    @Test
    void refusals_and_field_messages_are_in_the_readers_language_with_type_code_and_field_unchanged() {
        given().auth().oauth2(token("trader-lan", "trader")).contentType(ContentType.JSON).header("Accept-Language", "zh-CN,zh;q=0.9")
                .body(declarationWithShareCodes(declarationNumber(), "KT2-ZZZZZZ", "null"))
                .when().post("/api/declarations")
                .then().statusCode(422).header("Content-Language", "zh")
                .body("type", equalTo("https://gate.laocai.vn/problems/booking-consent-required"))
                .body("title", equalTo("被业务规则拒绝"))
                .body("detail", equalTo("将货物关联到 KT2-ZZZZZZ 需要司机同意；请向司机索取该预约的共享码"))
                .body("violations[0].field", equalTo("bookingCodes[0]"))
                .body("violations[0].message", equalTo("将货物关联到 KT2-ZZZZZZ 需要司机同意；请向司机索取该预约的共享码"));
        String malformed = declarationJson("12345", "KT2-AAAAAA").replace("5300123456", "53001").replace("\"EXPORT\"", "null");
        for (String[] language : new String[][]{{"zh-CN", "zh", "请求无效", "必须是 10 位的越南税号", "不得为空"},
                {"en", "en", "Invalid request", "must be a Vietnamese tax code of 10 digits", "must not be blank"}}) {
            given().auth().oauth2(token("trader-lan", "trader")).contentType(ContentType.JSON).header("Accept-Language", language[0])
                    .body(malformed).when().post("/api/declarations")
                    .then().statusCode(400).header("Content-Language", language[1])
                    .body("type", equalTo("https://gate.laocai.vn/problems/validation")).body("title", equalTo(language[2]))
                    .body("violations.find { it.field == 'declarant.taxCode' }.message", startsWith(language[3]))
                    .body("violations.find { it.field == 'direction' }.message", equalTo(language[4]))
                    .body("detail", containsString("declarant.taxCode: " + language[3]));
        }
    }

    @Test
    void an_unknown_booking_named_without_share_code_is_refused_as_one_without_consent() {
        given().auth().oauth2(token("trader-lan", "trader")).contentType(ContentType.JSON)
                .body(declarationWithShareCodes(declarationNumber(), "KT2-ZZZZZZ", "null"))
                .when().post("/api/declarations")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("booking-consent-required"))
                .body("violations.field", hasItem("bookingCodes[0]"));
    }

    @Test
    void share_codes_not_one_per_booking_or_malformed_are_named() {
        given().auth().oauth2(token("trader-lan", "trader")).contentType(ContentType.JSON)
                .body(declarationWithShareCodes(declarationNumber(), "KT2-ZZZZZZ", "[\"7KQ2-M9XD\", \"7KQ2-M9XD\"]"))
                .when().post("/api/declarations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("shareCodes"));
        given().auth().oauth2(token("trader-lan", "trader")).contentType(ContentType.JSON)
                .body(declarationWithShareCodes(declarationNumber(), "KT2-ZZZZZZ", "[\"7KQ2-M9\"]"))
                .when().post("/api/declarations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("shareCodes[0]"));
    }

    @Test
    void a_booking_going_the_other_way_is_refused() {
        String importBooking = announceBooking(bootstrap, "IMPORT");
        String body = declarationJson(declarationNumber(), importBooking);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(token("trader-lan", "trader")).contentType(ContentType.JSON).body(body)
                        .when().post("/api/declarations")
                        .then().statusCode(422).body("type", containsString("direction-mismatch")));
    }

    @Test
    void a_declaration_number_is_declared_once() {
        String booking = announceBooking(bootstrap, "EXPORT");
        String number = declarationNumber();
        String body = declarationJson(number, booking);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                given().auth().oauth2(token("trader-lan", "trader")).contentType(ContentType.JSON).body(body)
                        .when().post("/api/declarations").statusCode() == 201);
        given().auth().oauth2(token("trader-lan", "trader")).contentType(ContentType.JSON).body(body)
                .when().post("/api/declarations")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void a_malformed_id_is_a_problem() {
        given().auth().oauth2(token("trader-lan", "trader")).when().get("/api/declarations/not-a-uuid")
                .then().statusCode(400).body("violations.field", hasItem("id"));
    }
}
