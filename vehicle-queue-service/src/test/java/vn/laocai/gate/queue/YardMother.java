package vn.laocai.gate.queue;

import io.restassured.http.ContentType;
import vn.laocai.gate.events.ClearanceEventType;
import vn.laocai.gate.events.ConsignmentCleared;
import vn.laocai.gate.events.ConsignmentReadyForGate;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.GoodsLine;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.CloudEventKafka;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Yard actions and clearance events for the service's tests. */
public final class YardMother {

    public static final String OFFICER = "officer-1";

    private YardMother() {
    }

    public static String officer() {
        return BookingMother.token(OFFICER, "gate-officer");
    }

    public static io.restassured.response.Response post(String path, String body) {
        var request = given().auth().oauth2(officer()).contentType(ContentType.JSON);
        return (body == null ? request : request.body(body)).when().post(path);
    }

    /**
     * Configures the present local day of {@code direction} with room in every hour. The test classes of a
     * run share one database, and many book trucks arriving now: the default calendar (16 exports an
     * hour) fills, and a test booking after them would meet slot-full, whatever it tests.
     */
    public static void roomToday(String direction) {
        String day = Instant.now().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate().toString();
        String hours = String.join(",", java.util.Collections.nCopies(24, "500"));
        given().auth().oauth2(officer()).contentType(ContentType.JSON).body("{\"hourlyCapacity\": [" + hours + "]}")
                .when().put("/api/slots/" + day + "/" + direction).then().statusCode(200);
    }

    public static void checkInByPlate(String plate) {
        post("/api/yard/check-ins", "{\"plate\": \"" + plate + "\"}").then().statusCode(200);
    }

    /** Publishes a clearance event as clearance-service would; returns the event id. */
    public static String publish(String bootstrap, ClearanceEventType type, String declarationId, Object payload) {
        String eventId = UUID.randomUUID().toString();
        CloudEventKafka.publish(bootstrap, Topics.CLEARANCE_DECLARATION, declarationId, eventId, type.type(),
                EventCodec.encode((vn.laocai.gate.events.GateEvent) payload));
        return eventId;
    }

    public static DeclarationSubmitted durianDeclaration(String declarationId, String bookingCode) {
        return new DeclarationSubmitted(declarationId, 1, "5300123456", "Cong ty TNHH Nong san Lao Cai", "Hekou Fruit Trading Co., Ltd.",
                "305" + (100_000_000 + Math.abs(declarationId.hashCode() % 900_000_000)), "EXPORT", "CN", List.of(bookingCode),
                List.of(new GoodsLine(1, "08106000", "Fresh durian, Ri6 variety, boxed", new BigDecimal("18000"), "KGM",
                        new BigDecimal("18000"), new BigDecimal("19500"), new BigDecimal("54000"), "USD", "VN")), Instant.now(), null, true);
    }

    public static ConsignmentReadyForGate ready(String declarationId, String bookingCode) {
        return new ConsignmentReadyForGate(declarationId, "305123456789", List.of(bookingCode), true, Instant.now());
    }

    public static ConsignmentCleared cleared(String declarationId, String bookingCode) {
        return new ConsignmentCleared(declarationId, "305123456789", List.of(bookingCode), Instant.now());
    }
}
