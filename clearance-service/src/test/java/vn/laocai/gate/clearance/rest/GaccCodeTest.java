package vn.laocai.gate.clearance.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static vn.laocai.gate.clearance.DeclarationMother.submit;
import static vn.laocai.gate.clearance.DeclarationMother.token;
import static vn.laocai.gate.clearance.DeclarationMother.upload;

/** A declaration's planting-area and packing-house codes checked against the GACC code list in force; an officer's new version. */
@QuarkusTest
class GaccCodeTest {

    static final String TRADER = "trader-gacc";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void an_unknown_or_suspended_planting_area_code_is_refused_naming_the_field_and_an_approved_one_attached() throws Exception {
        // the sample's codes in force, whatever another test imported before
        given().auth().oauth2(token("kd-8", "quarantine-officer")).contentType("text/csv")
                .body(sample().replace("VN-2026-11-20-SAMPLE", "VN-TEST-" + UUID.randomUUID().toString().substring(0, 8)))
                .when().post("/api/gacc-codes").then().statusCode(201).body("sample", equalTo(true));
        String id = submit(bootstrap, TRADER);
        upload(id, TRADER, "PLANTING_AREA_CODE", "VN-LCA-9999", null, null).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/gacc-code-unknown"))
                .body("violations.field", hasItem("number"))
                .body("detail", containsString("VN-LCA-9999"));
        upload(id, TRADER, "PLANTING_AREA_CODE", "VN-LCA-0199", null, null).then().statusCode(422)
                .body("type", endsWith("/gacc-code-suspended")).body("violations.field", hasItem("number"));
        upload(id, TRADER, "PACKING_HOUSE_CODE", "VN-LCPH-0019", null, null).then().statusCode(422)
                .body("type", endsWith("/gacc-code-suspended"));
        given().auth().oauth2(token(TRADER, "trader")).header("Accept-Language", "vi").multiPart("type", "PLANTING_AREA_CODE")
                .multiPart("number", "VN-LCA-9998").when().post("/api/declarations/" + id + "/documents").then().statusCode(422)
                .body("detail", containsString("không có trong danh sách mã GACC"));
        upload(id, TRADER, "PLANTING_AREA_CODE", "VN-LCA-0101", null, null).then().statusCode(201);
        given().auth().oauth2(token(TRADER, "trader")).when().get("/api/declarations/" + id)
                .then().body("missingDocuments", org.hamcrest.Matchers.not(hasItem("PLANTING_AREA_CODE")));
    }

    @Test
    void a_quarantine_officer_uploads_a_new_version_which_is_in_force_from_then_on() throws Exception {
        given().auth().oauth2(token(TRADER, "trader")).when().get("/api/gacc-codes/current").then().statusCode(200)
                .body("publishedOn", org.hamcrest.Matchers.notNullValue()).body("sha256", org.hamcrest.Matchers.hasLength(64));

        String version = "VN-TEST-" + UUID.randomUUID().toString().substring(0, 8);
        String file = sample().replace("VN-2026-11-20-SAMPLE", version).replace("2026-11-20", "2026-12-02")
                .replace("VN-LCA-0102,Vung trong chuoi Bao Thang 02,Lao Cai,banana,ACTIVE", "VN-LCA-0102,Vung trong chuoi Bao Thang 02,Lao Cai,banana,SUSPENDED")
                + "PLANTING_AREA,VN-LCA-0300,Vung trong chuoi Van Ban 300,Lao Cai,banana,ACTIVE\n";

        given().auth().oauth2(token(TRADER, "trader")).contentType("text/csv").body(file)
                .when().post("/api/gacc-codes").then().statusCode(403);
        given().auth().oauth2(token("kd-9", "quarantine-officer")).contentType("text/csv").body("kind,code\n")
                .when().post("/api/gacc-codes").then().statusCode(400).body("violations.field", hasItem("file"));
        given().auth().oauth2(token("kd-9", "quarantine-officer")).contentType("text/csv").body(file)
                .when().post("/api/gacc-codes").then().statusCode(201)
                .body("version", equalTo(version)).body("publishedOn", equalTo("2026-12-02")).body("importedBy", equalTo("kd-9"))
                .body("codes", equalTo(15));
        given().auth().oauth2(token("kd-9", "quarantine-officer")).contentType("text/csv").body(file)
                .when().post("/api/gacc-codes").then().statusCode(409).body("violations.field", hasItem("version"));
        given().auth().oauth2(token(TRADER, "trader")).when().get("/api/gacc-codes/current").then().statusCode(200)
                .body("version", equalTo(version));

        String id = submit(bootstrap, TRADER);
        upload(id, TRADER, "PLANTING_AREA_CODE", "VN-LCA-0102", null, null).then().statusCode(422)
                .body("type", endsWith("/gacc-code-suspended"));
        upload(id, TRADER, "PLANTING_AREA_CODE", "VN-LCA-0300", null, null).then().statusCode(201);
    }

    @Test
    void the_same_version_uploaded_twice_at_once_is_imported_once_and_the_other_refused_naming_version() throws Exception {
        String file = sample().replace("VN-2026-11-20-SAMPLE", "VN-TEST-" + UUID.randomUUID().toString().substring(0, 8));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<io.restassured.response.Response>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String officer = "kd-race-" + i;
                sent.add(pool.submit(() -> {
                    go.await();
                    return given().auth().oauth2(token(officer, "quarantine-officer")).contentType("text/csv").body(file)
                            .when().post("/api/gacc-codes");
                }));
            }
            go.countDown();
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (var f : sent) {
                io.restassured.response.Response r = f.get();
                statuses.add(r.statusCode());
                if (r.statusCode() == 409) {
                    r.then().body("violations.field", hasItem("version"));
                }
            }
            java.util.Collections.sort(statuses);
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(201, 409, 409, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    static String sample() throws Exception {
        try (InputStream in = GaccCodeTest.class.getClassLoader().getResourceAsStream("gacc/gacc-codes-vn-2026-11-20.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
