package vn.laocai.gate.clearance.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.clearance.PaymentProviderStub;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.laocai.gate.clearance.DeclarationMother.announceBooking;
import static vn.laocai.gate.clearance.DeclarationMother.declarationJson;
import static vn.laocai.gate.clearance.DeclarationMother.declarationNumber;
import static vn.laocai.gate.clearance.DeclarationMother.submitBody;
import static vn.laocai.gate.clearance.DeclarationMother.token;

/** The fee's e-invoice kept with the payment, checked on receipt and again on reading; its XML and a readable PDF served. */
@QuarkusTest
@QuarkusTestResource(PaymentProviderStub.class)
class FeeInvoiceTest {

    static final String TRADER = "trader-invoice";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    @Test
    void the_paid_fee_has_its_e_invoice_which_verifies_until_its_stored_xml_is_changed() {
        String id = submitBody(TRADER, declarationJson(declarationNumber(), announceBooking(bootstrap, "EXPORT")));
        String trader = token(TRADER, "trader");
        given().auth().oauth2(trader).when().get("/api/declarations/" + id + "/fee/invoice").then().statusCode(404);
        given().auth().oauth2(trader).when().post("/api/declarations/" + id + "/fee/payment").then().statusCode(200);

        given().auth().oauth2(trader).when().get("/api/declarations/" + id + "/fee/invoice").then().statusCode(200)
                .body("invoiceNumber", startsWith("1C26TLC-")).body("symbol", equalTo("C26TLC")).body("template", equalTo("1"))
                .body("sellerTaxCode", equalTo("5300100995")).body("taxAuthorityCode", startsWith("M1-"))
                .body("signatureStatus", equalTo("SIGNED_VALID")).body("statusOnReceipt", equalTo("SIGNED_VALID"));
        byte[] xml = given().auth().oauth2(trader).when().get("/api/declarations/" + id + "/fee/invoice.xml").then().statusCode(200)
                .contentType(containsString("application/xml")).extract().asByteArray();
        assertThat(new String(xml, StandardCharsets.UTF_8)).isEqualTo(PaymentProviderStub.INVOICE_XML);
        byte[] pdf = given().auth().oauth2(token("fee-inv", "fee-officer")).when().get("/api/declarations/" + id + "/fee/invoice.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        given().auth().oauth2(token("trader-else", "trader")).when().get("/api/declarations/" + id + "/fee/invoice.xml").then().statusCode(404);

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update fee_invoice set xml = replace(xml, '<TgTTTBSo>1500000</TgTTTBSo>', '<TgTTTBSo>150000</TgTTTBSo>') where declaration_id = :d")
                .setParameter("d", UUID.fromString(id)).executeUpdate());
        given().auth().oauth2(trader).when().get("/api/declarations/" + id + "/fee/invoice").then().statusCode(200)
                .body("signatureStatus", equalTo("SIGNED_ALTERED")).body("problem", containsString("does not verify"))
                .body("statusOnReceipt", equalTo("SIGNED_VALID"));
    }
}
