package vn.laocai.gate.clearance.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.clearance.documents.SignedPdfs;

import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.laocai.gate.clearance.DeclarationMother.PDF;
import static vn.laocai.gate.clearance.DeclarationMother.submit;
import static vn.laocai.gate.clearance.DeclarationMother.token;
import static vn.laocai.gate.clearance.DeclarationMother.upload;

/**
 * Uploaded PDFs checked for their signatures: the result kept with the document and shown to officers and the trader; a
 * certificate whose signature does not hold holds the consignment on its agency's step until one that holds comes.
 */
@QuarkusTest
class SignedUploadTest {

    static final String TRADER = "trader-signed";
    /** The issuing agencies' CA of these tests, in the trust list the test profile names. */
    static final SignedPdfs.Authority ISSUERS = SignedPdfs.Authority.named("CN=Test plant protection CA,O=PPD,C=VN");
    static final SignedPdfs.Signer PPD = ISSUERS.issue("CN=Sub-Department of Plant Quarantine Region 9,O=PPD,C=VN");

    static {
        ISSUERS.writeTo(Path.of("target/test-identity/document-trust/signed-upload-test.pem"));
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void a_tampered_phytosanitary_certificate_is_reported_altered_and_holds_until_one_whose_signature_holds() {
        String id = submit(bootstrap, TRADER);
        byte[] signed = SignedPdfs.sign(SignedPdfs.unsigned("VN-PHYTO-2026-118822"), PPD);
        byte[] tampered = signed.clone();
        tampered[indexOf(tampered, "118822") + 5] = '9';

        upload(id, TRADER, "PHYTOSANITARY_CERTIFICATE", "VN-PHYTO-2026-118829", tampered, "application/pdf").then().statusCode(201)
                .body("signature.status", equalTo("SIGNED_ALTERED")).body("signature.holds", equalTo(true))
                .body("signature.problem", containsString("do not match"));
        String officer = token("kd-signed", "quarantine-officer");
        given().auth().oauth2(officer).header("Accept-Language", "vi").when().get("/api/declarations/" + id).then().statusCode(200)
                .body("holds.findAll { it.liftedAt == null }.reasonCode", hasItem("document-signature"))
                .body("holds.findAll { it.reasonCode == 'document-signature' }[0].step", equalTo("PLANT_QUARANTINE"))
                .body("holds.findAll { it.reasonCode == 'document-signature' }[0].text", containsString("đã bị thay đổi sau khi ký"));
        given().auth().oauth2(token(TRADER, "trader")).when().get("/api/declarations/" + id + "/tracking").then().statusCode(200)
                .body("documents.find { it.number == 'VN-PHYTO-2026-118829' }.signature.status", equalTo("SIGNED_ALTERED"))
                .body("openHolds.reasonCode", hasItem("document-signature"));

        upload(id, TRADER, "PHYTOSANITARY_CERTIFICATE", "VN-PHYTO-2026-118822", signed, "application/pdf").then().statusCode(201)
                .body("signature.status", equalTo("SIGNED_VALID")).body("signature.signer", containsString("Plant Quarantine Region 9"))
                .body("signature.signedAt", not(equalTo(null))).body("signature.holds", equalTo(false));
        given().auth().oauth2(token(TRADER, "trader")).when().get("/api/declarations/" + id + "/tracking").then().statusCode(200)
                .body("openHolds.reasonCode", not(hasItem("document-signature")));
    }

    @Test
    void an_unsigned_invoice_is_accepted_and_marked_and_a_signer_outside_the_trust_list_is_untrusted() {
        String id = submit(bootstrap, TRADER);
        upload(id, TRADER, "INVOICE", "INV-2026-0042", SignedPdfs.unsigned("INV-2026-0042"), "application/pdf").then().statusCode(201)
                .body("signature.status", equalTo("UNSIGNED")).body("signature.holds", equalTo(false));
        upload(id, TRADER, "OTHER", "NOTE-1", PDF, "application/pdf").then().statusCode(201)
                .body("signature.status", equalTo("UNREADABLE"));
        SignedPdfs.Signer stranger = SignedPdfs.Authority.named("CN=Unknown CA,C=VN").issue("CN=Someone,C=VN");
        upload(id, TRADER, "CERTIFICATE_OF_ORIGIN", "E-2026-VN-1", SignedPdfs.sign(SignedPdfs.unsigned("E-2026-VN-1"), stranger),
                "application/pdf").then().statusCode(201).body("signature.status", equalTo("SIGNED_UNTRUSTED"));
        given().auth().oauth2(token("hq-signed", "customs-officer")).when().get("/api/declarations/" + id).then().statusCode(200)
                .body("holds.findAll { it.reasonCode == 'document-signature' }.step", equalTo(java.util.List.of("CUSTOMS")));
    }

    private static int indexOf(byte[] in, String what) {
        return new String(in, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf(what);
    }
}
