package vn.laocai.gate.clearance.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.ConsignmentCleared;
import vn.laocai.gate.events.CustomsChannelAssigned;
import vn.laocai.gate.events.CustomsReleased;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.EventSchemaAssert;
import vn.laocai.gate.events.CustomsEventType;
import vn.laocai.gate.events.ClearanceEventType;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.KafkaTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.laocai.gate.clearance.DeclarationMother.submit;
import static vn.laocai.gate.clearance.DeclarationMother.token;

@QuarkusTest
class CustomsAnswersTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void customs_channel_and_release_clear_the_consignment_once_despite_redelivery() {
        String id = submit(bootstrap, "trader-lan");
        String number = given().auth().oauth2(token("trader-lan", "trader")).when().get("/api/declarations/" + id)
                .then().extract().path("customsDeclarationNumber");
        Instant now = Instant.now();
        String channelEvent = UUID.randomUUID().toString();
        String releaseEvent = UUID.randomUUID().toString();
        byte[] channel = EventCodec.encode(new CustomsChannelAssigned(id, 1, number, "YELLOW", "VNACCS-77", now));
        byte[] release = EventCodec.encode(new CustomsReleased(id, 1, number, "VNACCS-77", now.plusSeconds(30)));

        try (KafkaTestClient.Collector out = KafkaTestClient.collect(bootstrap, Topics.CLEARANCE_DECLARATION)) {
            KafkaTestClient.publish(bootstrap, Topics.CUSTOMS_HANDOFF, id, channelEvent, CustomsEventType.CUSTOMS_CHANNEL_ASSIGNED.type(), channel);
            KafkaTestClient.publish(bootstrap, Topics.CUSTOMS_HANDOFF, id, releaseEvent, CustomsEventType.CUSTOMS_RELEASED.type(), release);
            KafkaTestClient.publish(bootstrap, Topics.CUSTOMS_HANDOFF, id, releaseEvent, CustomsEventType.CUSTOMS_RELEASED.type(), release);

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().auth().oauth2(token("trader-lan", "trader")).when().get("/api/declarations/" + id)
                            .then().statusCode(200)
                            .body("status", equalTo("CLEARED"))
                            .body("customsChannel", equalTo("YELLOW")));
            given().auth().oauth2(token("trader-lan", "trader")).when().get("/api/declarations/" + id + "/timeline")
                    .then().statusCode(200)
                    .body("step", contains("DECLARATION_SUBMITTED", "CUSTOMS_CHANNEL_ASSIGNED", "CUSTOMS_RELEASED", "CLEARED"));

            await().atMost(Duration.ofSeconds(20)).until(() -> cleared(out, id).size() == 1);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> cleared(out, id).size() == 1);
            byte[] data = cleared(out, id).get(0).getData().toBytes();
            EventSchemaAssert.assertConforms(ClearanceEventType.CONSIGNMENT_CLEARED.type(), data);
            ConsignmentCleared event = (ConsignmentCleared) EventCodec.decode(ClearanceEventType.CONSIGNMENT_CLEARED.type(), data);
            assertThat(event.customsDeclarationNumber()).isEqualTo(number);
        }
    }

    private static List<io.cloudevents.CloudEvent> cleared(KafkaTestClient.Collector out, String id) {
        return out.ofType(ClearanceEventType.CONSIGNMENT_CLEARED.type()).stream().filter(e -> id.equals(e.getSubject())).toList();
    }
}
