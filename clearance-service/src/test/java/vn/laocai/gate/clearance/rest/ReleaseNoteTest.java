package vn.laocai.gate.clearance.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.clearance.PaymentProviderStub;
import vn.laocai.gate.clearance.domain.ReleaseNoteRepository;
import vn.laocai.gate.clearance.signing.PdfSignatures;
import vn.laocai.gate.events.CustomsChannelAssigned;
import vn.laocai.gate.events.CustomsEventType;

import javax.imageio.ImageIO;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.laocai.gate.clearance.DeclarationMother.PDF;
import static vn.laocai.gate.clearance.DeclarationMother.SHARE_CODE;
import static vn.laocai.gate.clearance.DeclarationMother.announceBooking;
import static vn.laocai.gate.clearance.DeclarationMother.answer;
import static vn.laocai.gate.clearance.DeclarationMother.declarationNumber;
import static vn.laocai.gate.clearance.DeclarationMother.read;
import static vn.laocai.gate.clearance.DeclarationMother.submitBody;
import static vn.laocai.gate.clearance.DeclarationMother.token;
import static vn.laocai.gate.clearance.DeclarationMother.upload;

/** The signed release note of a cleared consignment, and its public verification. */
@QuarkusTest
@QuarkusTestResource(PaymentProviderStub.class)
class ReleaseNoteTest {

    static final String TRADER = "trader-mai";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ReleaseNoteRepository notes;

    @Test
    void a_cleared_consignment_gets_one_signed_release_note_that_verifies_until_one_byte_changes() throws Exception {
        String id = cleared();
        assertThat(QuarkusTransaction.requiringNew().call(() -> notes.ofDeclaration(UUID.fromString(id))))
                .as("issued on clearance, before anyone asks for it").isPresent();
        var answer = given().auth().oauth2(token(TRADER, "trader")).when().get("/api/declarations/" + id + "/release-note.pdf")
                .then().statusCode(200).contentType("application/pdf").extract();
        byte[] pdf = answer.asByteArray();
        assertThat(answer.header("Content-Disposition")).contains("KT2-RN-");
        byte[] again = given().auth().oauth2(token("gate-1", "gate-officer")).when().get("/api/declarations/" + id + "/release-note.pdf")
                .then().statusCode(200).extract().asByteArray();
        assertThat(again).as("issued once: the same file to every reader").isEqualTo(pdf);
        given().auth().oauth2(token("trader-other", "trader")).when().get("/api/declarations/" + id + "/release-note.pdf")
                .then().statusCode(404);

        String text;
        String qr;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
            Path shot = Path.of("target", "release-note.png");
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", shot.toFile());
            PDSignature signature = document.getSignatureDictionaries().get(0);
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            int[] range = signature.getByteRange();
            assertThat(range[0]).isZero();
            assertThat((long) range[2] + range[3]).as("the signature covers the whole file").isEqualTo(pdf.length);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), signature.getContents(pdf));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
            assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).as("PAdES: the time is the dictionary's M").isNull();
            assertThat(certificate.getSubject().toString()).contains("Kim Thanh digital border gate platform");
        }
        assertThat(text).contains("PHIẾU THÔNG QUAN HÀNG HÓA", "RELEASE NOTE", "货物放行单", "Công ty TNHH Nông sản Lào Cai",
                "河口水果贸易有限公司", "24C12345", "1C26TLC-", "giờ Việt Nam", "Vietnam time", "越南时间", "Hải quan", "Customs", "海关");
        Matcher link = java.util.regex.Pattern.compile("#/verify/(KT2-RN-\\d{4}-\\d{6})/([0-9A-Z]{10})").matcher(text.replace("\n", ""));
        assertThat(link.find()).as("the verification address is printed under the QR").isTrue();
        String number = link.group(1);
        String secret = link.group(2);
        assertThat(PdfSignatures.verify(pdf, null).valid()).isTrue();

        given().header("Accept-Language", "en").when().get("/api/release-notes/" + number + "/verification?code=" + secret)
                .then().statusCode(200).body("genuine", equalTo(true)).body("number", equalTo(number))
                .body("text", startsWith("Release note " + number + " is genuine"))
                .body("vehicles[0]", startsWith("KT2-")).body("vehicles[0]", org.hamcrest.Matchers.endsWith("24C12345"))
                .body("invoiceNumber", startsWith("1C26TLC-")).body("feeVnd", equalTo((int) read(id, TRADER).getLong("fee.amountVnd")));
        String wrong = secret.charAt(0) == 'A' ? "B" + secret.substring(1) : "A" + secret.substring(1);
        given().when().get("/api/release-notes/" + number + "/verification?code=" + wrong).then().statusCode(404);
        given().when().get("/api/release-notes/KT2-RN-2026-999999/verification?code=" + secret).then().statusCode(404);
        given().contentType("application/pdf").body(pdf).when().post("/api/release-notes/" + number + "/verification?code=" + secret)
                .then().statusCode(200).body("genuine", equalTo(true));

        byte[] changed = changeOneByteOfAStream(pdf);
        PdfSignatures.Check check = PdfSignatures.verify(changed, null);
        assertThat(check.valid()).isFalse();
        assertThat(check.problem()).isEqualTo("the signature does not match the document");
        given().header("Accept-Language", "en").contentType("application/pdf").body(changed)
                .when().post("/api/release-notes/" + number + "/verification?code=" + secret)
                .then().statusCode(200).body("genuine", equalTo(false))
                .body("problem", equalTo("the signature does not match the document"));
        Files.write(Path.of("target", "release-note.pdf"), pdf);
        Files.write(Path.of("target", "release-note-changed.pdf"), changed);
    }

    @Test
    void a_consignment_not_cleared_has_no_release_note() {
        String booking = announceBooking(bootstrap, "EXPORT");
        String id = submitBody(TRADER, body(booking));
        given().auth().oauth2(token(TRADER, "trader")).when().get("/api/declarations/" + id + "/release-note.pdf").then().statusCode(404);
    }

    /** One byte in the middle of the first stream inside the signed range: the file still opens, its digest no longer matches. */
    static byte[] changeOneByteOfAStream(byte[] pdf) {
        String latin = new String(pdf, StandardCharsets.ISO_8859_1);
        int stream = latin.indexOf("stream\n", latin.indexOf("/FontFile2"));
        if (stream < 0) {
            stream = latin.indexOf("stream\r\n");
        }
        int at = stream + 200;
        byte[] changed = pdf.clone();
        changed[at] ^= 0x01;
        return changed;
    }

    static String body(String booking) {
        return """
                {"declarant": {"taxCode": "5300123456", "name": "Công ty TNHH Nông sản Lào Cai"},
                 "consignee": "河口水果贸易有限公司 Hekou Fruit Trading", "customsDeclarationNumber": "%s",
                 "direction": "EXPORT", "destinationCountry": "CN", "bookingCodes": ["%s"], "shareCodes": ["%s"],
                 "goodsLines": [{"hsCode": "8471.30.20", "description": "Máy tính xách tay / laptop computers / 笔记本电脑", "quantity": 400,
                   "unit": "PCE", "netWeightKg": 1200, "grossWeightKg": 1500, "value": 160000, "currency": "USD", "originCountry": "VN"}]}
                """.formatted(declarationNumber(), booking, SHARE_CODE);
    }

    /** A consignment through every step: documents, customs green and released, the border check, the fee. */
    String cleared() {
        String booking = announceBooking(bootstrap, "EXPORT");
        String id = submitBody(TRADER, body(booking));
        for (String type : read(id, TRADER).getList("missingDocuments", String.class)) {
            upload(id, TRADER, type, type + "-2026-7", PDF, "application/pdf").then().statusCode(201);
        }
        String number = read(id, TRADER).getString("customsDeclarationNumber");
        answer(bootstrap, id, CustomsEventType.CUSTOMS_CHANNEL_ASSIGNED, new CustomsChannelAssigned(id, 1, number, "GREEN", "VNACCS-9", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(read(id, TRADER).getList("steps.findAll { it.step == 'CUSTOMS' }.state", String.class).get(0)).isEqualTo("CHANNEL_GREEN"));
        ClearanceCaseTest.decide(id, "hq-officer", "customs-officer", "CUSTOMS", "RELEASE").then().statusCode(200);
        ClearanceCaseTest.decide(id, "bp-officer", "border-guard", "BORDER_GUARD", "CLEAR").then().statusCode(200);
        given().auth().oauth2(token(TRADER, "trader")).contentType(ContentType.JSON).when().post("/api/declarations/" + id + "/fee/payment")
                .then().statusCode(200).body("status", equalTo("CLEARED"));
        return id;
    }
}
