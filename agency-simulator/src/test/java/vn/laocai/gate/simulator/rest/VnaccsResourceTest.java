package vn.laocai.gate.simulator.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.simulator.customs.DeclarationSubmission;
import vn.laocai.gate.simulator.customs.Submissions;
import vn.laocai.gate.simulator.support.CallbackReceiver;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static vn.laocai.gate.simulator.support.Logins.asAdmin;
import static vn.laocai.gate.simulator.support.Logins.asClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(CallbackReceiver.class)
class VnaccsResourceTest {

    @Test
    void a_valid_declaration_is_accepted() {
        asClient().contentType(ContentType.JSON).body(Submissions.durianExport())
                .when().post("/vnaccs/v1/declarations")
                .then().statusCode(202)
                .body("status", equalTo("ACCEPTED"))
                .body("agencyReference", startsWith("VNACCS-"));
    }

    @Test
    void a_repeated_submission_gets_the_same_reference_and_no_new_answers() {
        DeclarationSubmission submission = Submissions.durianExport();
        String first = submit(submission);
        String second = submit(submission);

        assertThat(second).isEqualTo(first);
        await().atMost(Duration.ofSeconds(5)).until(() -> answerTypes(first).size() == 2);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> answerTypes(first).size() == 2);
    }

    @Test
    void an_invalid_declaration_is_rejected_naming_each_field() {
        DeclarationSubmission s = Submissions.durianExport();
        DeclarationSubmission.GoodsItem vague = new DeclarationSubmission.GoodsItem(1, "0810", "Fruit",
                java.math.BigDecimal.TEN, "KGM", null, null, null, null, "VN");
        DeclarationSubmission invalid = new DeclarationSubmission(s.submissionId(), s.declarationId(), 1, "12345",
                s.declarant(), s.consignee(), s.direction(), s.destinationCountry(), s.transport(), List.of(vague), null);

        asClient().contentType(ContentType.JSON).body(invalid)
                .when().post("/vnaccs/v1/declarations")
                .then().statusCode(400)
                .body("status", equalTo("REJECTED"))
                .body("errors.field", hasItems("customsDeclarationNumber", "goodsItems[0].hsCode"));
    }

    @Test
    void unreadable_json_is_rejected() {
        asClient().contentType(ContentType.JSON).body("{\"version\": \"one\"")
                .when().post("/vnaccs/v1/declarations")
                .then().statusCode(400)
                .body("status", equalTo("REJECTED"));
    }

    @Test
    void malformed_json_is_rejected() {
        asClient().contentType(ContentType.JSON).body("{\"submissionId\": ")
                .when().post("/vnaccs/v1/declarations")
                .then().statusCode(400)
                .body("status", equalTo("REJECTED"));
    }

    @Test
    void answers_can_be_polled_channel_first_then_release() {
        DeclarationSubmission submission = Submissions.durianExport();
        String reference = submit(submission);

        await().atMost(Duration.ofSeconds(5)).until(() -> answerTypes(reference).size() == 2);
        asClient().when().get("/vnaccs/v1/declarations/{ref}/answers", reference)
                .then().statusCode(200)
                .body("type", equalTo(List.of("CHANNEL_ASSIGNED", "RELEASED")))
                .body("channel", equalTo(List.of("GREEN", "GREEN")))
                .body("agencyReference", equalTo(List.of(reference, reference)))
                .body("declarationId[0]", equalTo(submission.declarationId()))
                .body("customsDeclarationNumber[0]", equalTo(submission.customsDeclarationNumber()));
    }

    @Test
    void an_unknown_reference_is_not_found() {
        asClient().when().get("/vnaccs/v1/declarations/{ref}/answers", "VNACCS-000000000000")
                .then().statusCode(404);
    }

    @Test
    void answers_are_pushed_to_the_configured_callback_with_the_customs_token() {
        DeclarationSubmission submission = Submissions.durianExport();
        String reference = submit(submission);

        await().atMost(Duration.ofSeconds(5)).until(() -> CallbackReceiver.about(reference).size() == 2);
        List<CallbackReceiver.Callback> callbacks = CallbackReceiver.about(reference);
        assertThat(callbacks.get(0).body()).contains("\"CHANNEL_ASSIGNED\"");
        assertThat(callbacks.get(1).body()).contains("\"RELEASED\"");
        assertThat(callbacks).extracting(CallbackReceiver.Callback::authorization).allSatisfy(a -> assertThat(a).startsWith("Bearer token-of-vnaccs-"));
        assertThat(callbacks).extracting(CallbackReceiver.Callback::path).containsOnly("/api/agency-answers/customs");
    }

    @Test
    void a_submission_naming_a_callback_url_is_refused() {
        String declarationId = UUID.randomUUID().toString();
        DeclarationSubmission s = Submissions.durianExport("http://attacker.example/steal");
        DeclarationSubmission named = new DeclarationSubmission(s.submissionId(), declarationId, 1,
                s.customsDeclarationNumber(), s.declarant(), s.consignee(), s.direction(), s.destinationCountry(),
                s.transport(), s.goodsItems(), s.callbackUrl());

        asClient().contentType(ContentType.JSON).body(named)
                .when().post("/vnaccs/v1/declarations")
                .then().statusCode(400)
                .body("errors.field", hasItems("callbackUrl"))
                .body("errors.find { it.field == 'callbackUrl' }.message",
                        equalTo("callback targets are configured, not requested"));
        // even empty: the field is no part of the interface
        asClient().contentType(ContentType.JSON).body("{\"callbackUrl\":\"\"}")
                .when().post("/vnaccs/v1/declarations")
                .then().statusCode(400).body("errors.field", hasItems("callbackUrl"));
        asAdmin().when().get("/admin/systems/VNACCS/lodgements")
                .then().statusCode(200).body("subjectId", not(hasItems(declarationId)));
    }

    @Test
    void a_failed_callback_is_retried_past_a_handful_of_failures() {
        DeclarationSubmission submission = Submissions.durianExport();
        CallbackReceiver.failFirst(submission.declarationId(), 9);

        submit(submission);

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<CallbackReceiver.Callback> got = CallbackReceiver.about(submission.declarationId());
            return got.stream().filter(c -> c.body().contains("RELEASED")).count() == 1
                    && got.stream().filter(c -> c.body().contains("CHANNEL_ASSIGNED")).count() == 1;
        });
    }

    @Test
    void a_lost_lodgement_answers_404_and_a_resubmission_is_lodged_anew() {
        DeclarationSubmission submission = Submissions.durianExport();
        String reference = submit(submission);

        asAdmin().when().post("/admin/lodgements/{ref}/lose", reference)
                .then().statusCode(200).body("system", equalTo("VNACCS")).body("lost", equalTo(true));

        asClient().when().get("/vnaccs/v1/declarations/{ref}/answers", reference).then().statusCode(404);
        String again = submit(submission);
        assertThat(again).isNotEqualTo(reference);
        await().atMost(Duration.ofSeconds(10)).until(() -> answerTypes(again).contains("RELEASED"));
        asAdmin().when().post("/admin/lodgements/{ref}/lose", reference).then().statusCode(404);
    }

    @Test
    void only_the_administrator_may_lose_a_lodgement() {
        String reference = submit(Submissions.durianExport());

        io.restassured.RestAssured.given().when().post("/admin/lodgements/{ref}/lose", reference).then().statusCode(401);
        asClient().when().post("/admin/lodgements/{ref}/lose", reference).then().statusCode(403);
        assertThat(answerTypes(reference)).isNotNull();
    }

    private static String submit(DeclarationSubmission submission) {
        return asClient().contentType(ContentType.JSON).body(submission)
                .when().post("/vnaccs/v1/declarations")
                .then().statusCode(202)
                .extract().path("agencyReference");
    }

    private static List<String> answerTypes(String reference) {
        return asClient().when().get("/vnaccs/v1/declarations/{ref}/answers", reference)
                .then().statusCode(200).extract().jsonPath().getList("type", String.class);
    }
}
