package vn.laocai.gate.simulator.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class PaymentResourceTest {

    @Test
    void a_payment_is_charged_once_and_its_receipt_can_be_read() {
        String order = """
                {"orderId": "%s", "payerTaxCode": "5300123456", "payerName": "Cong ty TNHH Nong san Lao Cai",
                 "amountVnd": 500000, "description": "Phi su dung ket cau ha tang"}""".formatted(UUID.randomUUID());
        String reference = given().contentType(ContentType.JSON).body(order).when().post("/payments/v1/payments")
                .then().statusCode(201)
                .body("status", equalTo("PAID"))
                .body("amountVnd", equalTo(500000))
                .body("invoiceNumber", matchesPattern("1C\\d{2}TLC-\\d{8}"))
                .extract().path("paymentReference");
        given().contentType(ContentType.JSON).body(order).when().post("/payments/v1/payments")
                .then().statusCode(200).body("paymentReference", equalTo(reference));
        given().when().get("/payments/v1/payments/" + reference).then().statusCode(200).body("status", equalTo("PAID"));
        given().when().get("/payments/v1/payments/PAY-NONE").then().statusCode(404);
    }

    @Test
    void a_wrong_amount_is_refused() {
        given().contentType(ContentType.JSON)
                .body("{\"orderId\": \"x\", \"payerTaxCode\": \"5300123456\", \"payerName\": \"X\", \"amountVnd\": -5}")
                .when().post("/payments/v1/payments")
                .then().statusCode(400).body("error", startsWith("amountVnd"));
    }

    @Test
    void a_payment_is_refunded_once_per_refund_id_and_not_beyond_what_is_left() {
        String order = """
                {"orderId": "%s", "payerTaxCode": "5300123456", "payerName": "Cong ty TNHH Nong san Lao Cai",
                 "amountVnd": 500000, "description": "Phi su dung ket cau ha tang"}""".formatted(UUID.randomUUID());
        String payment = given().contentType(ContentType.JSON).body(order).when().post("/payments/v1/payments")
                .then().statusCode(201).extract().path("paymentReference");
        String refund = """
                {"refundId": "%s", "amountVnd": 200000, "reason": "Fee reassessed lower"}""".formatted(UUID.randomUUID());
        String reference = given().contentType(ContentType.JSON).body(refund).when().post("/payments/v1/payments/" + payment + "/refunds")
                .then().statusCode(201)
                .body("status", equalTo("REFUNDED"))
                .body("amountVnd", equalTo(200000))
                .body("paymentReference", equalTo(payment))
                .extract().path("refundReference");
        given().contentType(ContentType.JSON).body(refund).when().post("/payments/v1/payments/" + payment + "/refunds")
                .then().statusCode(200).body("refundReference", equalTo(reference));
        given().when().get("/payments/v1/payments/" + payment + "/refunds/" + reference)
                .then().statusCode(200).body("amountVnd", equalTo(200000));
        given().when().get("/payments/v1/payments/" + payment + "/refunds/RFD-NONE").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"refundId\": \"more\", \"amountVnd\": 300001}")
                .when().post("/payments/v1/payments/" + payment + "/refunds")
                .then().statusCode(400).contentType("application/problem+json").body("detail", startsWith("amountVnd"));
        given().contentType(ContentType.JSON).body("{\"refundId\": \"x\", \"amountVnd\": 1}")
                .when().post("/payments/v1/payments/PAY-NONE/refunds").then().statusCode(404);
    }
}
