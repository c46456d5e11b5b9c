package vn.laocai.gate.notification.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;
import vn.laocai.gate.notification.support.SmsGatewayDouble;
import vn.laocai.gate.notification.support.SmtpServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.laocai.gate.notification.rest.NotificationFlowTest.booked;
import static vn.laocai.gate.notification.rest.NotificationFlowTest.register;
import static vn.laocai.gate.notification.rest.NotificationFlowTest.unique;
import static vn.laocai.gate.notification.support.Platform.bookingCode;
import static vn.laocai.gate.notification.support.Platform.publish;
import static vn.laocai.gate.notification.support.Platform.token;

/**
 * The inbox says each notice in the reader's language (the request's Accept-Language, the page's in the console),
 * rendered again from its kind and values, and keeps what was sent; a notice that kept no values is shown as sent.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(SmsGatewayDouble.class)
@QuarkusTestResource(SmtpServer.class)
class InboxLanguageTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource database;

    static JsonPath inbox(String account, String language) {
        var request = given().auth().oauth2(token(account, "driver"));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.when().get("/api/inbox").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_notice_sent_in_vietnamese_reads_in_chinese_on_a_chinese_page_and_keeps_what_was_sent() {
        String account = "driver-switch-" + unique(6);
        register(account, "+8495" + unique(7), account + "@example.vn");
        String code = bookingCode();
        publish(bootstrap, booked(code, account, Instant.parse("2026-06-15T07:00:00Z")));
        await().atMost(Duration.ofSeconds(60)).until(() -> inbox(account, null).getList("notices").size() == 1);

        JsonPath sent = inbox(account, null);
        assertThat(sent.getString("notices[0].language")).isEqualTo("vi");
        assertThat(sent.getString("notices[0].text")).startsWith("Đặt lịch " + code).contains("14:00 giờ Việt Nam, 15/06");

        JsonPath chinese = inbox(account, "zh-CN,zh;q=0.9,en;q=0.5");
        assertThat(chinese.getString("notices[0].language")).isEqualTo("zh");
        assertThat(chinese.getString("notices[0].title")).isEqualTo("已预约过境 " + code);
        assertThat(chinese.getString("notices[0].text")).contains("预约" + code, "车辆24C-123.45", "6月15日 14:00 (越南时间)");
        assertThat(chinese.getString("notices[0].sent.language")).isEqualTo("vi");
        assertThat(chinese.getString("notices[0].sent.text")).isEqualTo(sent.getString("notices[0].text"));

        assertThat(inbox(account, "en").getString("notices[0].text")).contains("Vietnam time");
        String id = chinese.getString("notices[0].id");
        assertThat(given().auth().oauth2(token(account, "driver")).header("Accept-Language", "zh").when().post("/api/inbox/" + id + "/read")
                .then().statusCode(200).extract().jsonPath().getString("title")).isEqualTo("已预约过境 " + code);
    }

    @Test
    void a_notice_that_kept_no_values_is_shown_as_it_was_sent() throws SQLException {
        String account = "driver-older-" + unique(6);
        register(account, "+8494" + unique(7), account + "@example.vn");
        publish(bootstrap, booked(bookingCode(), account, Instant.now().plus(Duration.ofDays(1))));
        await().atMost(Duration.ofSeconds(60)).until(() -> inbox(account, null).getList("notices").size() == 1);
        try (Connection connection = database.getConnection();
             PreparedStatement older = connection.prepareStatement("update notice set parameters = null where recipient = ?")) {
            older.setString(1, account);
            assertThat(older.executeUpdate()).isEqualTo(1);
        }

        JsonPath chinese = inbox(account, "zh");
        assertThat(chinese.getString("notices[0].language")).isEqualTo("vi");
        assertThat(chinese.getString("notices[0].text")).startsWith("Đặt lịch").isEqualTo(chinese.getString("notices[0].sent.text"));
    }
}
