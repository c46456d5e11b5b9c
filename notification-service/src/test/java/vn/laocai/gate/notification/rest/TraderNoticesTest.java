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

/**
 * Traders are told of their declarations as the account that submitted them; a declaration of events before the
 * account travelled waits for the enterprise (supervisors see it), and an opted-out trader gets only what the law requires.
 */
@QuarkusTest
class TraderNoticesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String taxCode() {
        return "53" + String.valueOf(Math.abs(UUID.randomUUID().getLeastSignificantBits())).substring(0, 8);
    }

    static void choose(String account, String email, boolean optOut) {
        given().auth().oauth2(token(account, "trader")).contentType(ContentType.JSON)
                .body("""
                        {"channels": ["EMAIL"], "email": "%s", "language": "en", "optOut": %s}"""
                        .formatted(email, optOut))
                .when().put("/api/notification-preferences/me")
                .then().statusCode(200).body("language", equalTo("en"));
    }

    static JsonPath inbox(String account) {
        return given().auth().oauth2(token(account, "trader")).when().get("/api/inbox").then().statusCode(200).extract().jsonPath();
    }

    /** A declaration submitted by {@code account} (null: an event of before the account travelled). */
    static String declare(String bootstrap, String taxCode, String account) {
        String id = UUID.randomUUID().toString();
        publish(bootstrap, new DeclarationSubmitted(id, 1, taxCode, "Cong ty TNHH Nong san Lao Cai", "Hekou Fruit Trading Co., Ltd.",
                "305123456789", "EXPORT", "CN", List.of("KT2-7XK4P9"), List.of(), Instant.now(), List.of(), true, null, account));
        return id;
    }

    @Test
    void the_declarant_hears_of_missing_documents_the_fee_and_the_inspection() {
        String taxCode = taxCode();
        String account = "trader-lan-" + taxCode;
        String email = account + "@example.vn";
        choose(account, email, false);
        String id = declare(bootstrap, taxCode, account);
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
        choose(account, email, true);
        String id = declare(bootstrap, taxCode, account);
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

    @Test
    void a_tax_code_in_someone_s_preferences_gives_them_nothing_and_an_older_declaration_waits_for_the_enterprise() {
        String taxCode = taxCode();
        String other = "trader-other-" + taxCode;
        given().auth().oauth2(token(other, "trader")).contentType(ContentType.JSON)
                .body("{\"language\": \"vi\", \"taxCodes\": [\"" + taxCode + "\"], \"driverDocument\": \"C1234567\"}")
                .when().put("/api/notification-preferences/me").then().statusCode(200);
        String mine = declare(bootstrap, taxCode, "trader-own-" + taxCode);
        String older = declare(bootstrap, taxCode, null);
        publish(bootstrap, new FeeAssessed(mine, 500_000, 500_000, "LS-09-2025", "KT2-7XK4P9: 500000 VND", Instant.now()));
        publish(bootstrap, new FeeAssessed(older, 300_000, 300_000, "LS-09-2025", "KT2-7XK4P9: 300000 VND", Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(inbox("trader-own-" + taxCode).getList("notices.subject", String.class)).containsExactly(mine);
            given().auth().oauth2(token("boss", "supervisor")).queryParam("recipient", "trader:" + taxCode)
                    .when().get("/api/notices").then().statusCode(200).body("subject", equalTo(List.of(older)));
        });
        assertThat(inbox(other).getList("notices")).isEmpty();
        assertThat(inbox("trader-own-" + taxCode).getString("notices[0].text")).contains("500.000 VND");
    }

    @Test
    void supervisors_see_how_many_deliveries_stand_in_each_channel_and_status() {
        String taxCode = taxCode();
        String account = "trader-figures-" + taxCode;
        choose(account, account + "@example.vn", false);
        String id = declare(bootstrap, taxCode, account);
        publish(bootstrap, new ConsignmentRejected(id, List.of("KT2-7XK4P9"), "PLANT_QUARANTINE", "Pests found", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> SmtpServer.receivedBy(account + "@example.vn").size() == 1);

        JsonPath figures = given().auth().oauth2(token("boss", "supervisor")).queryParam("hours", 1)
                .when().get("/api/notices/figures").then().statusCode(200).body("hours", equalTo(1)).extract().jsonPath();
        assertThat(figures.getLong("deliveries.find { it.channel == 'EMAIL' && it.status == 'SENT' }.count")).isPositive();
        assertThat(figures.getLong("deliveries.find { it.channel == 'INBOX' && it.status == 'DELIVERED' }.count")).isPositive();
        given().auth().oauth2(token(account, "trader")).when().get("/api/notices/figures").then().statusCode(403);
        given().auth().oauth2(token("boss", "supervisor")).queryParam("hours", 721).when().get("/api/notices/figures")
                .then().statusCode(400).body("violations[0].field", equalTo("hours"));
    }
}
