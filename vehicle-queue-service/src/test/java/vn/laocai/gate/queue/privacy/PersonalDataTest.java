package vn.laocai.gate.queue.privacy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.QueueEventType;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;
import vn.laocai.gate.infra.CloudEventKafka;
import vn.laocai.gate.queue.BookingMother;
import vn.laocai.gate.queue.YardMother;
import vn.laocai.gate.queue.application.PersonalDataRetention;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Books, amends and checks in crossings with known document and phone numbers, then reads every record of the
 * queue's topics from the broker and every log line the service wrote meanwhile: the numbers are in none of them,
 * but for the border guard's own topic. The history shows the document in full only to those entitled to it.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "vehicle_queue"))
class PersonalDataTest {

    private static final List<String> QUEUE_TOPICS = List.of(Topics.QUEUE_BOOKING, "queue.dead-letter");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    PersonalDataRetention retention;

    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            Object[] parameters = record.getParameters();
            logLines.add(record.getLoggerName() + " " + message + " " + (parameters == null ? "" : List.of(parameters))
                    + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void no_record_of_the_queue_topics_and_no_log_line_carries_a_document_or_phone_number() {
        Driver first = Driver.random();
        Driver second = Driver.random();
        String plate = BookingMother.uniquePlate();
        try (ConsumerTask<String, byte[]> borderGuard = CloudEventKafka.on(bootstrap).consume(byte[].class).fromTopics(Topics.QUEUE_BORDER_GUARD)) {
            String code = BookingMother.bookJson("driver-pd", booking(plate, first));
            given().auth().oauth2(BookingMother.token("driver-pd", "driver")).contentType(ContentType.JSON)
                    .body("{\"driver\": " + second.json() + ", \"reason\": \"Relief driver\"}")
                    .when().post("/api/bookings/" + code + "/amendments").then().statusCode(200);
            YardMother.post("/api/yard/check-ins", "{\"plate\": \"" + plate + "\", \"driverDocumentNumber\": \"" + second.document + "\"}")
                    .then().statusCode(200).body("driverDocument", equalTo("MATCH"));

            await().atMost(Duration.ofSeconds(30)).until(() -> borderGuard.getRecords().stream().anyMatch(r -> code.equals(r.key())));
            assertThat(text(borderGuard.getRecords().stream().filter(r -> code.equals(r.key())).findFirst().orElseThrow()))
                    .as("the border guard's topic carries the document of the driver who crosses")
                    .contains(second.document).doesNotContain(second.phoneDigits());

            List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
            for (String topic : QUEUE_TOPICS) {
                try (ConsumerTask<String, byte[]> records = CloudEventKafka.on(bootstrap).consume(byte[].class).fromTopics(topic)) {
                    if (topic.equals(Topics.QUEUE_BOOKING)) {
                        await().atMost(Duration.ofSeconds(30)).until(() -> records.getRecords().stream()
                                .filter(r -> code.equals(r.key())).map(PersonalDataTest::text)
                                .anyMatch(t -> t.contains(QueueEventType.VEHICLE_CHECKED_IN.type())));
                    }
                    all.addAll(records.getRecords());
                }
            }
            assertThat(all).filteredOn(r -> code.equals(r.key())).hasSizeGreaterThanOrEqualTo(3);
            for (ConsumerRecord<String, byte[]> record : all) {
                first.assertNotIn(text(record), record.topic() + " " + record.offset());
                second.assertNotIn(text(record), record.topic() + " " + record.offset());
            }
            assertThat(logLines).as("the log was captured").anyMatch(line -> line.contains(code));
            for (String line : logLines) {
                first.assertNotIn(line, "log");
                second.assertNotIn(line, "log");
            }
        }
    }

    @Test
    void the_history_shows_the_document_in_full_to_the_border_guard_and_the_owner_masked_to_other_officers() {
        Driver first = Driver.random();
        Driver second = Driver.random();
        String code = BookingMother.bookJson("driver-mask", booking(BookingMother.uniquePlate(), first));
        given().auth().oauth2(BookingMother.token("driver-mask", "driver")).contentType(ContentType.JSON)
                .body("{\"driver\": " + second.json() + ", \"reason\": \"Relief driver\"}")
                .when().post("/api/bookings/" + code + "/amendments").then().statusCode(200);
        String masked = second.document.substring(0, 3) + "***" + second.document.substring(6);

        for (String[] reader : new String[][]{{"driver-mask", "driver", second.document}, {"guard-1", "border-guard", second.document},
                {"officer-1", "gate-officer", masked}, {"customs-1", "customs-officer", masked}, {"boss", "supervisor", masked}}) {
            given().auth().oauth2(BookingMother.token(reader[0], reader[1])).when().get("/api/bookings/" + code + "/amendments")
                    .then().statusCode(200).body("[0].driverDocumentNumber", equalTo(reader[2]));
        }
    }

    @Test
    void the_personal_data_of_bookings_closed_longer_ago_than_the_retention_is_erased_once_and_audited() {
        Driver closedDriver = Driver.random();
        Driver openDriver = Driver.random();
        String closed = BookingMother.bookJson("driver-ret", booking(BookingMother.uniquePlate(), closedDriver));
        given().auth().oauth2(BookingMother.token("driver-ret", "driver")).contentType(ContentType.JSON)
                .body("{\"driver\": " + Driver.random().json() + ", \"reason\": \"Relief driver\"}")
                .when().post("/api/bookings/" + closed + "/amendments").then().statusCode(200);
        given().auth().oauth2(BookingMother.token("driver-ret", "driver")).queryParam("reason", "Harvest delayed")
                .when().delete("/api/bookings/" + closed).then().statusCode(200);
        String open = BookingMother.bookJson("driver-ret2", booking(BookingMother.uniquePlate(), openDriver));
        String guard = BookingMother.token("guard-1", "border-guard");

        assertThat(retention.erase(Instant.now())).doesNotContain(closed);
        given().auth().oauth2(guard).when().get("/api/bookings/" + closed).then().statusCode(200)
                .body("driverName", equalTo("Nguyễn Văn Phúc"));

        assertThat(retention.erase(Instant.now().plus(Duration.ofDays(91)))).contains(closed).doesNotContain(open);
        given().auth().oauth2(guard).when().get("/api/bookings/" + closed).then().statusCode(200)
                .body("driverName", equalTo("[erased]")).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(guard).when().get("/api/bookings/" + closed + "/amendments").then().statusCode(200)
                .body("[0].driverDocumentNumber", equalTo("[erased]")).body("[0].driverName", equalTo("[erased]"));
        given().auth().oauth2(guard).when().get("/api/bookings/" + open).then().statusCode(200)
                .body("driverName", equalTo("Nguyễn Văn Phúc"));
        assertThat(retention.erase(Instant.now().plus(Duration.ofDays(91)))).doesNotContain(closed);

        String audit = given().auth().oauth2(BookingMother.token("boss", "supervisor")).queryParam("action", "PERSONAL_DATA_ERASED")
                .when().get("/api/audit").then().statusCode(200).extract().asString();
        assertThat(audit).contains(closed, "\"actor\":\"system:retention\"");
        closedDriver.assertNotIn(audit, "audit");
    }

    private static String booking(String plate, Driver driver) {
        return """
                {"plate": "%s", "vehicleType": "TRUCK", "weightClass": "T2_TO_10T", "driver": %s,
                 "direction": "IMPORT", "cargoCategory": "GENERAL", "plannedArrival": "%s"}
                """.formatted(plate, driver.json(), Instant.now());
    }

    /** The record's value and headers as text. */
    private static String text(ConsumerRecord<String, byte[]> record) {
        StringBuilder text = new StringBuilder(record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8));
        for (Header header : record.headers()) {
            text.append(' ').append(header.key()).append('=').append(new String(header.value(), StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    /** A driver with a document and a phone number no other test uses. */
    private record Driver(String document, String phone) {

        static Driver random() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            return new Driver("P" + random.nextInt(1_000_000, 9_999_999),
                    "+84 9" + random.nextInt(10, 99) + " " + random.nextInt(100, 999) + " " + random.nextInt(100, 999));
        }

        String json() {
            return "{\"name\": \"Nguyễn Văn Phúc\", \"nationality\": \"VN\", \"documentNumber\": \"%s\", \"phone\": \"%s\"}"
                    .formatted(document, phone);
        }

        String phoneDigits() {
            return phone.replace(" ", "").substring(3);
        }

        void assertNotIn(String text, String where) {
            assertThat(text).as(where).doesNotContain(document).doesNotContain(phoneDigits()).doesNotContain(phone);
        }
    }
}
