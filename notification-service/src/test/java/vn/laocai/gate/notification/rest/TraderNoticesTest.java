package vn.laocai.gate.notification.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.ConsignmentHeld;
import vn.laocai.gate.events.ConsignmentRejected;
import vn.laocai.gate.events.CustomsInspectionOrdered;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.FeeAssessed;
import vn.laocai.gate.notification.support.SmtpServer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.laocai.gate.notification.support.Platform.publish;
import static vn.laocai.gate.notification.support.Platform.token;

/** Traders are told of their declarations by the declarant's tax code; an opted-out one gets only what the law requires. */
@QuarkusTest
class TraderNoticesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String taxCode() {
        return "53" + String.valueOf(Math.abs(UUID.randomUUID().getLeastSignificantBits())).substring(0, 8);
    }

    static void follow(String account, String email, String taxCode, boolean optOut) {
        given().auth().oauth2(token(account, "trader")).contentType(ContentType.JSON)
                .body("""
                        {"channels": ["EMAIL"], "email": "%s", "language": "en", "optOut": %s, "taxCodes": ["%s"]}"""
                        .formatted(email, optOut, taxCode))
                .when().put("/api/notification-preferences/me")
                .then().statusCode(200).body("taxCodes[0]", equalTo(taxCode)).body("language", equalTo("en"));
    }

    static JsonPath inbox(String account) {
        return given().auth().oauth2(token(account, "trader")).when().get("/api/inbox").then().statusCode(200).extract().jsonPath();
    }

    static String declare(String bootstrap, String taxCode) {
        String id = UUID.randomUUID().toString();
        publish(bootstrap, new DeclarationSubmitted(id, 1, taxCode, "Cong ty TNHH Nong san Lao Cai", "Hekou Fruit Trading Co., Ltd.",
                "305123456789", "EXPORT", "CN", List.of("KT2-7XK4P9"), List.of(), Instant.now(), List.of(), true));
        return id;
    }

    @Test
    void the_declarant_hears_of_missing_documents_the_fee_and_the_inspection() {
        String taxCode = taxCode();
        String account = "trader-lan-" + taxCode;
        String email = account + "@example.vn";
        follow(account, email, taxCode, false);
        String id = declare(bootstrap, taxCode);
        publish(bootstrap, new ConsignmentHeld(id, List.of("KT2-7XK4P9"), "DOCUMENTS",
                "Missing documents: INVOICE, PHYTOSANITARY_CERTIFICATE", Instant.now()));
        publish(bootstrap, new FeeAssessed(id, 500_000, 500_000, "LS-09-2025", "KT2-7XK4P9: 500000 VND", Instant.now()));
        publish(bootstrap, new CustomsInspectionOrdered(id, 1, "305123456789", "DOCUMENTARY", "VNACCS-000123", Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(inbox(account).getList("notices.kind", String.class))
                .containsExactlyInAnyOrder("CONSIGNMENT_HELD", "FEE_DUE", "INSPECTION_ORDERED"));
        JsonPath inbox = inbox(account);
        assertThat(inbox.getString("notices.find { it.kind == 'CONSIGNMENT_HELD' }.text"))
                .isEqualTo("Consignment 305123456789 is held: missing invoice, phytosanitary certificate.");
        assertThat(inbox.getString("notices.find { it.kind == 'FEE_DUE' }.text")).contains("500,000 VND");
        await().atMost(Duration.ofSeconds(30)).until(() -> SmtpServer.receivedBy(email).size() == 3);
    }

    @Test
    void an_opted_out_trader_gets_the_rejection_by_email_but_the_fee_only_in_the_inbox() throws Exception {
        String taxCode = taxCode();
        String account = "broker-ming-" + taxCode;
        String email = account + "@example.cn";
        follow(account, email, taxCode, true);
        String id = declare(bootstrap, taxCode);
        publish(bootstrap, new FeeAssessed(id, 500_000, 500_000, "LS-09-2025", "KT2-7XK4P9: 500000 VND", Instant.now()));
        publish(bootstrap, new ConsignmentRejected(id, List.of("KT2-7XK4P9"), "PLANT_QUARANTINE", "Pests found", Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(inbox(account).getList("notices.kind", String.class))
                .containsExactlyInAnyOrder("FEE_DUE", "CONSIGNMENT_REJECTED"));
        await().atMost(Duration.ofSeconds(30)).until(() -> SmtpServer.receivedBy(email).size() == 1);
        assertThat(SmtpServer.receivedBy(email).get(0).getSubject()).isEqualTo("Consignment 305123456789 rejected");
        JsonPath inbox = inbox(account);
        assertThat(inbox.getList("notices.find { it.kind == 'FEE_DUE' }.deliveries.channel", String.class)).containsExactly("INBOX");

        given().auth().oauth2(token("boss", "supervisor")).queryParam("recipient", account).queryParam("status", "SENT")
                .when().get("/api/notices").then().statusCode(200).body("kind", equalTo(List.of("CONSIGNMENT_REJECTED")));
    }
}
