package vn.laocai.gate.queue.application;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.DocumentAttached;
import vn.laocai.gate.queue.BookingMother;
import vn.laocai.gate.queue.YardMother;
import vn.laocai.gate.support.inbox.EventHandlers.Outcome;

import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The inbound events as the consumer hands them over: each type to its use case, once; the queue
 * follows clearance's perishable decision and does not decide it again from the goods lines.
 */
@QuarkusTest
class QueueEventHandlersTest {

    @Inject
    QueueEventHandlers handlers;

    @Test
    void a_declaration_makes_the_vehicle_perishable_only_when_clearance_says_so_and_is_applied_once() {
        String undecided = book();
        String decided = book();
        String eventId = UUID.randomUUID().toString();

        // durian (HS chapter 08) in both: without clearance's decision (an older event) it is not perishable
        assertThat(handlers.handle(eventId, declaration(undecided, null))).isEqualTo(Outcome.APPLIED);
        assertThat(handlers.handle(eventId, declaration(undecided, null))).isEqualTo(Outcome.ALREADY_APPLIED);
        assertThat(handlers.handle(UUID.randomUUID().toString(), declaration(decided, true))).isEqualTo(Outcome.APPLIED);

        priorityClass(undecided, "STANDARD");
        priorityClass(decided, "PERISHABLE");
    }

    @Test
    void an_event_the_queue_does_not_apply_is_not_ours() {
        DocumentAttached attached = new DocumentAttached(UUID.randomUUID().toString(), 1, "doc-1", "INVOICE", "INV-1",
                "0".repeat(64), 100, "trader-1", Instant.now());
        assertThat(handlers.handle(UUID.randomUUID().toString(), attached)).isEqualTo(Outcome.NOT_OURS);
    }

    private static String book() {
        return BookingMother.bookJson("driver-events",
                BookingMother.bookingJson(BookingMother.uniquePlate(), Instant.now().plusSeconds(20 * 3600), "EXPORT", "GENERAL"));
    }

    private static DeclarationSubmitted declaration(String bookingCode, Boolean perishable) {
        String declarationId = UUID.randomUUID().toString();
        DeclarationSubmitted durian = YardMother.durianDeclaration(declarationId, bookingCode);
        return new DeclarationSubmitted(durian.declarationId(), durian.version(), durian.declarantTaxCode(), durian.declarantName(),
                durian.consignee(), durian.customsDeclarationNumber(), durian.direction(), durian.destinationCountry(),
                durian.bookingCodes(), durian.goodsLines(), durian.submittedAt(), durian.documents(), perishable);
    }

    private static void priorityClass(String code, String expected) {
        given().auth().oauth2(YardMother.officer()).when().get("/api/bookings/" + code)
                .then().statusCode(200).body("priorityClass", equalTo(expected));
    }
}
