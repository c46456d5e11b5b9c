package vn.laocai.gate.queue.rest;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.EventSchemaAssert;
import vn.laocai.gate.events.QueueEventType;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;
import static vn.laocai.gate.queue.BookingMother.book;
import static vn.laocai.gate.queue.BookingMother.bookingJson;
import static vn.laocai.gate.queue.BookingMother.token;
import vn.laocai.gate.infra.CloudEventKafka;


import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "vehicle_queue"))
class BookingResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void a_driver_books_a_crossing_and_the_event_is_published() {
        try (ConsumerTask<String, CloudEvent> events = CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(Topics.QUEUE_BOOKING)) {
            String code = given().auth().oauth2(token("driver-an", "driver"))
                    .contentType(ContentType.JSON).body(bookingJson("24c 123 45", java.time.Instant.now().plusSeconds(30 * 3600), "EXPORT", "PERISHABLE"))
                    .when().post("/api/bookings")
                    .then().statusCode(201)
                    .header("Location", containsString("/api/bookings/KT2-"))
                    .body("code", matchesPattern("KT2-[0-9A-Z]{6}"))
                    .body("status", equalTo("BOOKED"))
                    .body("plate", equalTo("24C-123.45"))
                    .body("trailerPlate", equalTo("24R-012.34"))
                    .extract().path("code");

            await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(CloudEventKafka.ofType(events, QueueEventType.CROSSING_BOOKED.type()))
                            .anySatisfy(e -> assertThat(e.getSubject()).isEqualTo(code)));
            var event = events.getRecords().stream().filter(r -> r.key().equals(code)).findFirst().orElseThrow().value();
            assertThat(event.getSource().toString()).isEqualTo("https://gate.laocai.vn/vehicle-queue-service");
            assertThat(event.getDataContentType()).isEqualTo("application/json");
            EventSchemaAssert.assertConforms(event.getType(), event.getData().toBytes());
        }
    }

    @Test
    void a_driver_reads_their_own_booking_but_not_another_drivers() {
        String code = book("driver-binh", vn.laocai.gate.queue.BookingMother.uniquePlate());

        given().auth().oauth2(token("driver-binh", "driver"))
                .when().get("/api/bookings/" + code.toLowerCase())
                .then().statusCode(200).body("code", equalTo(code)).body("driverName", equalTo("Nguyễn Văn An"));
        given().auth().oauth2(token("driver-other", "driver"))
                .when().get("/api/bookings/" + code)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token("officer-1", "gate-officer"))
                .when().get("/api/bookings/" + code)
                .then().statusCode(200).body("status", equalTo("BOOKED"));
    }

    @Test
    void no_token_is_401_and_a_wrong_role_is_403() {
        given().contentType(ContentType.JSON).body(bookingJson("24C-123.45"))
                .when().post("/api/bookings").then().statusCode(401);
        given().auth().oauth2(token("trader-1", "trader")).contentType(ContentType.JSON).body(bookingJson("24C-123.45"))
                .when().post("/api/bookings").then().statusCode(403);
        given().auth().oauth2("not-a-token").when().get("/api/bookings/KT2-AAAAAA").then().statusCode(401);
    }

    @Test
    void a_malformed_plate_is_a_problem_naming_the_field() {
        given().auth().oauth2(token("driver-an", "driver"))
                .contentType(ContentType.JSON).body(bookingJson("24-ABC"))
                .when().post("/api/bookings")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem("plate"))
                .body("detail", containsString("plate"));
    }

    @Test
    void missing_and_malformed_fields_are_named() {
        String body = """
                {"plate": "24C-123.45", "driver": {"name": "", "nationality": "Vietnam", "documentNumber": "C1234567", "phone": "+84 912 345 678"},
                 "direction": "EXPORT", "cargoCategory": "PERISHABLE"}
                """;
        given().auth().oauth2(token("driver-an", "driver"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/bookings")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("driver.name"))
                .body("violations.field", hasItem("driver.nationality"))
                .body("violations.field", hasItem("plannedArrival"));
    }

    @Test
    void an_unknown_direction_is_named() {
        given().auth().oauth2(token("driver-an", "driver"))
                .contentType(ContentType.JSON).body(bookingJson("24C-123.45").replace("EXPORT", "SIDEWAYS"))
                .when().post("/api/bookings")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("direction"));
    }

    @Test
    void a_trailer_plate_as_vehicle_is_refused_by_rule() {
        given().auth().oauth2(token("driver-an", "driver"))
                .contentType(ContentType.JSON).body(bookingJson("24R-999.99"))
                .when().post("/api/bookings")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("plate"));
    }

    @Test
    void health_and_openapi_need_no_token() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/bookings"));
    }
}
