package vn.laocai.gate.clearance.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.clearance.application.DecisionSignature;
import vn.laocai.gate.clearance.application.DecisionSigner;
import vn.laocai.gate.clearance.domain.CanonicalDecision;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static vn.laocai.gate.clearance.DeclarationMother.submit;
import static vn.laocai.gate.clearance.DeclarationMother.token;

/** Every officer's decision signed and kept with its certificate, checked from what is stored; a wrong signature refused. */
@QuarkusTest
class SignedDecisionTest {

    static final String TRADER = "trader-sig";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    @Inject
    DecisionSigner signer;

    private static io.restassured.response.Response decide(String id, String officer, String body) {
        return given().auth().oauth2(token(officer, "quarantine-officer")).contentType(ContentType.JSON).body(body)
                .when().post("/api/declarations/" + id + "/steps/PLANT_QUARANTINE/decisions");
    }

    @Test
    void a_stored_decision_verifies_and_changing_one_stored_field_makes_verification_fail() {
        String id = submit(bootstrap, TRADER);
        decide(id, "kd-signer", "{\"decision\": \"SAMPLE\", \"reason\": \"Sample sent to the laboratory\"}").then().statusCode(200);

        String supervisor = token("sup-sig", "supervisor");
        given().auth().oauth2(supervisor).when().get("/api/declarations/" + id + "/decisions").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].number", equalTo(1)).body("[0].officer", equalTo("kd-signer"))
                .body("[0].signature", containsString("..")).body("[0].signerCertificate", startsWith("-----BEGIN CERTIFICATE-----"))
                .body("[0].canonical", containsString("\"reason\":\"Sample sent to the laboratory\""));
        given().auth().oauth2(supervisor).when().get("/api/declarations/" + id + "/decisions/1/verification").then().statusCode(200)
                .body("valid", equalTo(true)).body("signer", containsString("CN=kd-signer"));

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update signed_decision set reason = 'Sample sent to the lab' where declaration_id = :d and number = 1")
                .setParameter("d", UUID.fromString(id)).executeUpdate());

        given().auth().oauth2(supervisor).when().get("/api/declarations/" + id + "/decisions/1/verification").then().statusCode(200)
                .body("valid", equalTo(false)).body("problem", containsString("does not match"));
        given().auth().oauth2(supervisor).when().get("/api/declarations/" + id + "/decisions/2/verification").then().statusCode(404);
    }

    @Test
    void a_decision_with_a_wrong_signature_is_refused_naming_the_field_and_a_valid_one_from_the_officers_client_is_kept() {
        String id = submit(bootstrap, TRADER);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        // a signature of another decision (reason changed) by the same officer's certificate
        DecisionSignature other = signer.sign(new CanonicalDecision(UUID.fromString(id), "PLANT_QUARANTINE", "SAMPLE", "another reason", now, "kd-client"));
        decide(id, "kd-client", body("Sample sent to the laboratory", other, now)).then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("https://gate.laocai.vn/problems/invalid-signature"))
                .body("violations.field", hasItem("signature"));
        decide(id, "kd-client", body("Sample sent to the laboratory", new DecisionSignature("eyJhbGciOiJFUzI1NiJ9..AAAA", other.certificatePem()), now))
                .then().statusCode(422).body("violations.field", hasItem("signature"));
        given().auth().oauth2(token("sup-sig", "supervisor")).when().get("/api/declarations/" + id + "/decisions").then().body("$", hasSize(0));

        DecisionSignature right = signer.sign(new CanonicalDecision(UUID.fromString(id), "PLANT_QUARANTINE", "SAMPLE",
                "Sample sent to the laboratory", now, "kd-client"));
        decide(id, "kd-client", body("Sample sent to the laboratory", right, now)).then().statusCode(200);
        given().auth().oauth2(token("sup-sig", "supervisor")).when().get("/api/declarations/" + id + "/decisions/1/verification")
                .then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void two_officers_deciding_on_one_declaration_at_the_same_instant_both_decide_and_take_numbers_1_and_2() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                String id = submit(bootstrap, TRADER);
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Integer> plant = pool.submit(() -> {
                    together.await();
                    return decide(id, "kd-both", "{\"decision\": \"SAMPLE\", \"reason\": \"Sample taken\"}").statusCode();
                });
                Future<Integer> guard = pool.submit(() -> {
                    together.await();
                    return given().auth().oauth2(token("bp-both", "border-guard")).contentType(ContentType.JSON)
                            .body("{\"decision\": \"CLEAR\"}").when().post("/api/declarations/" + id + "/steps/BORDER_GUARD/decisions")
                            .statusCode();
                });
                assertThat(List.of(plant.get(60, TimeUnit.SECONDS), guard.get(60, TimeUnit.SECONDS))).containsOnly(200);
                given().auth().oauth2(token("sup-sig", "supervisor")).when().get("/api/declarations/" + id + "/decisions")
                        .then().statusCode(200).body("number", contains(1, 2)).body("officer", containsInAnyOrder("kd-both", "bp-both"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String body(String reason, DecisionSignature signature, Instant signedAt) {
        return "{\"decision\": \"SAMPLE\", \"reason\": \"" + reason + "\", \"signature\": \"" + signature.jws()
                + "\", \"signerCertificate\": \"" + signature.certificatePem().replace("\n", "\\n") + "\", \"signedAt\": \"" + signedAt + "\"}";
    }
}
