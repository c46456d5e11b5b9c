package vn.laocai.gate.notification.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;
import vn.laocai.gate.notification.support.KilledBeforeCommit;
import vn.laocai.gate.notification.support.SmsGatewayDouble;
import vn.laocai.gate.notification.support.SmtpServer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.laocai.gate.notification.rest.NotificationFlowTest.booked;
import static vn.laocai.gate.notification.rest.NotificationFlowTest.inbox;
import static vn.laocai.gate.notification.rest.NotificationFlowTest.register;
import static vn.laocai.gate.notification.rest.NotificationFlowTest.unique;
import static vn.laocai.gate.notification.support.Platform.bookingCode;
import static vn.laocai.gate.notification.support.Platform.publish;

/**
 * The service stops after the mail server and the SMS gateway took a notice's messages and before their deliveries'
 * state commits ({@link KilledBeforeCommit}): the retry sends each again under the same reference, so the mail server
 * holds one mail per {@code Message-ID} and the gateway one SMS per client reference.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(SmsGatewayDouble.class)
@QuarkusTestResource(SmtpServer.class)
class KilledAfterSendingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_send_whose_commit_never_came_is_sent_again_as_the_same_message() {
        String account = "driver-killed-" + unique(6);
        String phone = "+8496" + unique(7);
        String email = account + "@example.vn";
        register(account, phone, email);
        KilledBeforeCommit.after(phone, 1);
        KilledBeforeCommit.after(email, 1);

        publish(bootstrap, booked(bookingCode(), account, Instant.now().plus(Duration.ofDays(1))));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(inbox(account)
                .getList("notices[0].deliveries.findAll { it.channel != 'INBOX' }.status", String.class)).containsOnly("SENT").hasSize(2));
        JsonPath inbox = inbox(account);
        assertThat(inbox.getList("notices[0].deliveries.findAll { it.channel != 'INBOX' }.attempts", Integer.class))
                .as("the attempt whose outcome never committed counts").containsOnly(2);

        List<MimeMessage> mails = SmtpServer.receivedBy(email);
        assertThat(mails).as("the mail server took it twice").hasSize(2);
        assertThat(mails.stream().map(KilledAfterSendingTest::messageId).distinct().toList())
                .as("one Message-ID").hasSize(1).allMatch(id -> id.matches("<[0-9a-f-]{36}@gate\\.laocai\\.vn>"));

        List<SmsGatewayDouble.Request> sms = SmsGatewayDouble.requestsTo(phone);
        assertThat(sms).as("the gateway was asked twice").hasSize(2).extracting(SmsGatewayDouble.Request::accepted).containsOnly(true);
        assertThat(sms).extracting(SmsGatewayDouble.Request::clientRef).containsOnly(sms.get(0).clientRef());
        assertThat(SmsGatewayDouble.messagesTo(phone)).as("and keeps one SMS").hasSize(1);
    }
}
