package vn.laocai.gate.clearance.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.clearance.PaymentProviderStub;
import vn.laocai.gate.clearance.application.FeeRefunds;
import vn.laocai.gate.clearance.domain.FeeRefund;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static vn.laocai.gate.clearance.DeclarationMother.SHARE_CODE;
import static vn.laocai.gate.clearance.DeclarationMother.announceBooking;
import static vn.laocai.gate.clearance.DeclarationMother.declarationJson;
import static vn.laocai.gate.clearance.DeclarationMother.declarationNumber;
import static vn.laocai.gate.clearance.DeclarationMother.read;
import static vn.laocai.gate.clearance.DeclarationMother.submitBody;
import static vn.laocai.gate.clearance.DeclarationMother.token;

/** A fee lowered by an amendment after it was paid: the difference refunded through the payment provider, once. */
@QuarkusTest
@QuarkusTestResource(PaymentProviderStub.class)
class FeeRefundTest {

    static final String TRADER = "trader-refund";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    FeeRefunds refunds;

    @Inject
    EntityManager em;

    @AfterEach
    void provider_up_again() {
        PaymentProviderStub.REFUNDS_DOWN.set(false);
    }

    /** A declaration on two bookings (1 000 000 VND), paid; returns its id, number and first booking. */
    String[] paidOnTwoBookings() {
        String first = announceBooking(bootstrap, "EXPORT");
        String second = announceBooking(bootstrap, "EXPORT");
        String number = declarationNumber();
        String body = declarationJson(number, first).replace("\"bookingCodes\": [\"" + first + "\"], \"shareCodes\": [\"" + SHARE_CODE + "\"]",
                "\"bookingCodes\": [\"" + first + "\", \"" + second + "\"], \"shareCodes\": [\"" + SHARE_CODE + "\", \"" + SHARE_CODE + "\"]");
        String id = submitBody(TRADER, body);
        assertThat(read(id, TRADER).getLong("fee.amountVnd")).isEqualTo(1_000_000L);
        given().auth().oauth2(token(TRADER, "trader")).when().post("/api/declarations/" + id + "/fee/payment")
                .then().statusCode(200).body("fee.paidVnd", equalTo(1_000_000));
        return new String[] {id, number, first};
    }

    static void amend(String id, String body, int version) {
        given().auth().oauth2(token(TRADER, "trader")).contentType(ContentType.JSON).body(body)
                .when().put("/api/declarations/" + id).then().statusCode(200).body("version", equalTo(version));
    }

    List<FeeRefund> rows(String id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("from FeeRefund where declarationId = :d", FeeRefund.class)
                .setParameter("d", UUID.fromString(id)).getResultList());
    }

    @Test
    void a_paid_fee_lowered_by_an_amendment_is_refunded_once_for_the_difference() {
        String[] paid = paidOnTwoBookings();
        String id = paid[0];
        String payment = read(id, TRADER).getString("fee.paymentReference");

        amend(id, declarationJson(paid[1], paid[2]), 2);

        var fee = read(id, TRADER);
        assertThat(fee.getLong("fee.amountVnd")).isEqualTo(500_000L);
        assertThat(fee.getLong("fee.refundedVnd")).isEqualTo(500_000L);
        assertThat(fee.getLong("fee.refundDueVnd")).isZero();
        assertThat(fee.getLong("fee.outstandingVnd")).isZero();
        assertThat(PaymentProviderStub.refundsMade(payment)).isEqualTo(500_000L);
        assertThat(rows(id)).singleElement().satisfies(r -> {
            assertThat(r.amountVnd()).isEqualTo(500_000L);
            assertThat(r.state()).isEqualTo(FeeRefund.State.REFUNDED);
            assertThat(r.providerReference()).startsWith("RFD-TEST");
            assertThat(r.paymentReference()).isEqualTo(payment);
            assertThat(r.reason()).contains("500000");
        });

        // a reassessment again (the goods described otherwise, the same fee) refunds nothing more
        amend(id, declarationJson(paid[1], paid[2]).replace("Fresh durian, Ri6 variety", "Fresh durian, Monthong variety"), 3);
        assertThat(refunds.sendPending()).isZero();
        assertThat(read(id, TRADER).getLong("fee.refundedVnd")).isEqualTo(500_000L);
        assertThat(PaymentProviderStub.refundsMade(payment)).isEqualTo(500_000L);
        assertThat(rows(id)).hasSize(1);

        given().auth().oauth2(token(TRADER, "trader")).header("Accept-Language", "vi").when().get("/api/declarations/" + id + "/tracking")
                .then().statusCode(200).body("timeline.step", hasItems("FEE_PAID", "FEE_REFUND_ORDERED", "FEE_REFUNDED"));
        List<String> texts = given().auth().oauth2(token(TRADER, "trader")).header("Accept-Language", "zh-CN")
                .when().get("/api/declarations/" + id + "/timeline").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.step == 'FEE_REFUNDED' }.text", String.class);
        assertThat(texts).singleElement().asString().startsWith("已退还费用");
        assertThat(CaseAuditTest.audit(id, "FEE_REFUNDED")).singleElement()
                .satisfies(e -> assertThat(CaseAuditTest.details(e)).containsEntry("paymentReference", payment));
        assertThat(CaseAuditTest.audit(id, "FEE_REFUND_ORDERED")).hasSize(1);
    }

    @Test
    void a_refund_the_provider_could_not_take_is_sent_again_and_given_back_once() {
        String[] paid = paidOnTwoBookings();
        String id = paid[0];
        String payment = read(id, TRADER).getString("fee.paymentReference");
        PaymentProviderStub.REFUNDS_DOWN.set(true);

        amend(id, declarationJson(paid[1], paid[2]), 2);

        var waiting = read(id, TRADER);
        assertThat(waiting.getLong("fee.refundDueVnd")).isEqualTo(500_000L);
        assertThat(waiting.getLong("fee.refundedVnd")).isZero();
        assertThat(PaymentProviderStub.refundsMade(payment)).isZero();
        assertThat(refunds.sendPending()).as("the provider still down").isZero();
        assertThat(rows(id)).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(FeeRefund.State.PENDING);
            assertThat(r.attempts()).isEqualTo(2);
            assertThat(r.lastError()).contains("503");
        });
        assertThat(CaseAuditTest.audit(id, "FEE_REFUND_FAILED")).hasSize(2);

        PaymentProviderStub.REFUNDS_DOWN.set(false);
        assertThat(refunds.sendPending()).isGreaterThanOrEqualTo(1);
        assertThat(refunds.sendPending()).isZero();

        var refunded = read(id, TRADER);
        assertThat(refunded.getLong("fee.refundedVnd")).isEqualTo(500_000L);
        assertThat(refunded.getLong("fee.refundDueVnd")).isZero();
        assertThat(PaymentProviderStub.refundsMade(payment)).isEqualTo(500_000L);
        assertThat(rows(id)).singleElement().satisfies(r -> assertThat(r.state()).isEqualTo(FeeRefund.State.REFUNDED));
    }
}
