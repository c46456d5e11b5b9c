package vn.laocai.gate.clearance.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.laocai.gate.clearance.DeclarationMother.PDF;
import static vn.laocai.gate.clearance.DeclarationMother.PNG;
import static vn.laocai.gate.clearance.DeclarationMother.submit;
import static vn.laocai.gate.clearance.DeclarationMother.token;
import static vn.laocai.gate.clearance.DeclarationMother.upload;

/** Uploads: limits, content checks, SHA-256, and who may read them. */
@QuarkusTest
class DocumentResourceTest {

    static final String TRADER = "trader-lan";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void an_uploaded_document_is_stored_with_its_sha256_and_read_only_by_those_entitled() {
        String id = submit(bootstrap, TRADER);
        String location = upload(id, TRADER, "INVOICE", "INV-2026-0042", PDF, "application/pdf")
                .then().statusCode(201)
                .body("type", equalTo("INVOICE"))
                .body("mediaType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(PDF.length))
                .body("attachedInVersion", equalTo(2))
                .extract().header("Location");

        byte[] content = given().auth().oauth2(token(TRADER, "trader")).when().get(location)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(content).isEqualTo(PDF);
        given().auth().oauth2(token("kd-1", "quarantine-officer")).when().get(location).then().statusCode(200);
        given().auth().oauth2(token("trader-other", "trader")).when().get(location).then().statusCode(404);
        given().auth().oauth2(token("driver-1", "driver")).when().get(location).then().statusCode(403);
        given().auth().oauth2(token(TRADER, "trader")).when().get("/api/declarations/" + id + "/documents")
                .then().statusCode(200).body("number", hasItem("INV-2026-0042"));
    }

    @Test
    void the_same_document_sent_again_is_answered_as_attached_and_attaches_nothing_but_a_corrected_file_is_attached() {
        String id = submit(bootstrap, TRADER);
        String first = upload(id, TRADER, "INVOICE", "INV-2026-0077", PDF, "application/pdf")
                .then().statusCode(201).extract().path("id");

        // a retry after an answer that never came: the same type, number and content
        upload(id, TRADER, "INVOICE", "INV-2026-0077", PDF, "application/pdf")
                .then().statusCode(200).body("id", equalTo(first)).header("Content-Location", containsString(first));
        given().auth().oauth2(token(TRADER, "trader")).when().get("/api/declarations/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("documents.size()", equalTo(1));
        java.util.List<String> steps = given().auth().oauth2(token(TRADER, "trader")).when()
                .get("/api/declarations/" + id + "/timeline").then().statusCode(200).extract().path("step");
        assertThat(steps).containsOnlyOnce("DOCUMENT_ATTACHED");

        // a corrected file under the same number is a new document
        byte[] corrected = java.util.Arrays.copyOf(PDF, PDF.length + 1);
        corrected[PDF.length] = '\n';
        String second = upload(id, TRADER, "INVOICE", "INV-2026-0077", corrected, "application/pdf")
                .then().statusCode(201).extract().path("id");
        assertThat(second).isNotEqualTo(first);
        given().auth().oauth2(token(TRADER, "trader")).when().get("/api/declarations/" + id)
                .then().statusCode(200).body("version", equalTo(3)).body("documents.size()", equalTo(2));
    }

    @Test
    void uploads_at_the_same_moment_all_count() throws Exception {
        String id = submit(bootstrap, TRADER);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var answers = pool.invokeAll(java.util.stream.IntStream.range(0, 4).mapToObj(i ->
                    (java.util.concurrent.Callable<Integer>) () -> upload(id, TRADER, "OTHER", "DOC-" + i, PDF, "application/pdf")
                            .statusCode()).toList());
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        given().auth().oauth2(token(TRADER, "trader")).when().get("/api/declarations/" + id)
                .then().statusCode(200).body("version", equalTo(5)).body("documents.size()", equalTo(4));
    }

    @Test
    void a_nul_in_a_multipart_field_or_file_name_is_a_problem_naming_it() {
        String id = submit(bootstrap, TRADER);
        upload(id, TRADER, "INVOICE", "INV-\u00000042", PDF, "application/pdf")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://gate.laocai.vn/problems/validation"))
                .body("violations.field", hasItem("number"));
        given().auth().oauth2(token(TRADER, "trader")).multiPart("type", "INVOICE").multiPart("number", "INV-0042")
                .multiPart("file", "invoice\u0000.pdf", PDF, "application/pdf")
                .when().post("/api/declarations/" + id + "/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("file"));
    }

    @Test
    void a_file_name_is_stored_without_its_path_and_served_as_an_attachment() {
        String id = submit(bootstrap, TRADER);
        // as a browser sends it: the name in raw UTF-8
        String boundary = "gate-boundary-7MA4YWxkTrZu0gW";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nINVOICE\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"number\"\r\n\r\nINV-0043\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../Hóa đơn <x>.html\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(PDF);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String location = given().auth().oauth2(token(TRADER, "trader"))
                .contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray())
                .when().post("/api/declarations/" + id + "/documents")
                .then().statusCode(201).body("fileName", equalTo("Hóa đơn x.html.pdf"))
                .extract().header("Location");

        given().auth().oauth2(token(TRADER, "trader")).when().get(location).then().statusCode(200)
                .contentType("application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", equalTo("attachment; filename=\"H_a __n x.html.pdf\"; "
                        + "filename*=UTF-8''H%C3%B3a%20%C4%91%C6%A1n%20x.html.pdf"));
    }

    @Test
    void a_file_over_10_mb_is_refused_naming_the_file() {
        String id = submit(bootstrap, TRADER);
        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        upload(id, TRADER, "INVOICE", "INV-BIG", big, "application/pdf")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("file"))
                .body("detail", containsString("at most 10485760 bytes"));
    }

    @Test
    void content_that_is_not_what_its_type_says_is_refused() {
        String id = submit(bootstrap, TRADER);
        upload(id, TRADER, "PHYTOSANITARY_CERTIFICATE", "VN-PHYTO-1", PDF, "image/png")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", containsString("document-content-mismatch"))
                .body("violations.field", hasItem("file"))
                .body("detail", equalTo("file: declared image/png but the content is application/pdf"));
        upload(id, TRADER, "PACKING_LIST", "PL-1", "just some text".getBytes(), "text/plain")
                .then().statusCode(415).body("violations.field", hasItem("file"));
        upload(id, TRADER, "PACKING_LIST", "PL-1", PNG, "image/png").then().statusCode(201);
    }

    @Test
    void a_document_type_must_be_known_and_a_certificate_needs_its_file() {
        String id = submit(bootstrap, TRADER);
        upload(id, TRADER, "SELFIE", "X-1", PDF, "application/pdf")
                .then().statusCode(400).body("violations.field", hasItem("type"));
        upload(id, TRADER, "PHYTOSANITARY_CERTIFICATE", "VN-PHYTO-2", null, null)
                .then().statusCode(400).body("violations.field", hasItem("file"));
        upload(id, TRADER, "PLANTING_AREA_CODE", "VN-LCA-0101", null, null)
                .then().statusCode(201).body("sha256", equalTo(null));
        upload(id, "trader-other", "INVOICE", "INV-1", PDF, "application/pdf").then().statusCode(404);
    }
}
