package vn.laocai.gate.clearance.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.laocai.gate.clearance.DeclarationMother.announceBooking;
import static vn.laocai.gate.clearance.DeclarationMother.declarationJson;
import static vn.laocai.gate.clearance.DeclarationMother.declarationNumber;
import static vn.laocai.gate.clearance.DeclarationMother.memberToken;
import static vn.laocai.gate.clearance.DeclarationMother.token;

/**
 * A customs broker declares on behalf of a trading company that authorised it, against the real PostgreSQL and
 * Kafka: refused before the authorisation and after its withdrawal (naming onBehalfOf), the declaration the
 * company's, its timeline and the audit trail saying who acted for whom, and the company's members seeing it.
 */
@QuarkusTest
class BrokerDeclarationTest {

    /** A trading company of Lao Cai and a customs broker of Hanoi, by their (checked) tax codes. */
    static final String COMPANY = "5301000115";
    static final String BROKER = "0101000408";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private String run;
    private String manager;
    private String agentName;
    private String agent;

    @BeforeEach
    void people() {
        run = Long.toString(System.nanoTime(), 36);
        manager = memberToken("manager-" + run, COMPANY, "manager", "trader");
        agentName = "agent-" + run;
        agent = memberToken(agentName, BROKER, "broker-agent", "trader");
        // each test starts with no standing authorisation
        given().auth().oauth2(manager).delete("/api/companies/{c}/brokers/{b}", COMPANY, BROKER);
    }

    @Test
    void a_withdrawn_authorisation_stops_the_brokers_next_declaration() {
        declareOnBehalf(agent, COMPANY).then().statusCode(422)
                .body("type", endsWith("/broker-not-authorised")).body("violations.field", hasItem("onBehalfOf"));

        given().auth().oauth2(manager).contentType(ContentType.JSON).body("{\"broker\": \"" + BROKER + "\"}")
                .post("/api/companies/{c}/brokers", COMPANY)
                .then().statusCode(201).body("standing", equalTo(true)).body("grantedBy", equalTo("manager-" + run));

        String id = declareOnBehalf(agent, COMPANY).then().statusCode(201).extract().path("id");
        // the timeline says who acted for whom
        given().auth().oauth2(agent).get("/api/declarations/{id}/timeline", id).then().statusCode(200)
                .body("find { it.step == 'DECLARED_ON_BEHALF' }.actor", equalTo(agentName));
        // the company's manager sees it, though someone else declared it
        given().auth().oauth2(manager).get("/api/companies/{c}/declarations", COMPANY).then().statusCode(200)
                .body("declaration.id", hasItem(id))
                .body("find { it.declaration.id == '" + id + "' }.broker", equalTo(BROKER))
                .body("find { it.declaration.id == '" + id + "' }.declaredBy", equalTo(agentName));
        given().auth().oauth2(manager).get("/api/declarations/{id}", id).then().statusCode(200);
        // and the audit trail
        given().auth().oauth2(token("supervisor-" + run, "supervisor")).queryParam("subject", id).queryParam("action", "DECLARED_ON_BEHALF")
                .get("/api/audit").then().statusCode(200).body("actor", hasItem(agentName));

        given().auth().oauth2(manager).delete("/api/companies/{c}/brokers/{b}", COMPANY, BROKER)
                .then().statusCode(200).body("standing", equalTo(false)).body("withdrawnBy", equalTo("manager-" + run));

        declareOnBehalf(agent, COMPANY).then().statusCode(422)
                .body("type", endsWith("/broker-not-authorised")).body("violations.field", hasItem("onBehalfOf"));
        given().auth().oauth2(manager).get("/api/companies/{c}/brokers", COMPANY).then().statusCode(200)
                .body("find { it.broker == '" + BROKER + "' && it.grantedBy == 'manager-" + run + "' }.withdrawnAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void another_broker_and_a_stranger_company_are_refused() {
        given().auth().oauth2(manager).contentType(ContentType.JSON).body("{\"broker\": \"" + BROKER + "\"}")
                .post("/api/companies/{c}/brokers", COMPANY).then().statusCode(201);
        String otherAgent = memberToken("other-agent-" + run, "0100109106", "broker-agent", "trader");
        declareOnBehalf(otherAgent, COMPANY).then().statusCode(422).body("violations.field", hasItem("onBehalfOf"));
        // only the company's manager grants and withdraws
        given().auth().oauth2(agent).contentType(ContentType.JSON).body("{\"broker\": \"" + BROKER + "\"}")
                .post("/api/companies/{c}/brokers", COMPANY).then().statusCode(403);
        given().auth().oauth2(agent).delete("/api/companies/{c}/brokers/{b}", COMPANY, BROKER).then().statusCode(403);
        given().auth().oauth2(agent).get("/api/companies/{c}/declarations", COMPANY).then().statusCode(403);
        // a malformed company is a 400 naming it
        declareOnBehalf(agent, "5301000116").then().statusCode(400).body("violations.field", hasItem("onBehalfOf"));
        given().auth().oauth2(manager).delete("/api/companies/{c}/brokers/{b}", COMPANY, BROKER).then().statusCode(200);
    }

    @Test
    void the_companys_own_declarant_declares_for_it_and_its_members_see_it() {
        String declarant = memberToken("declarant-" + run, COMPANY, "declarant", "trader");
        String id = declareOnBehalf(declarant, null).then().statusCode(201).extract().path("id");
        given().auth().oauth2(manager).get("/api/companies/{c}/declarations", COMPANY).then().statusCode(200)
                .body("declaration.id", hasItem(id));
        given().auth().oauth2(token("trader-outside-" + run, "trader")).get("/api/declarations/{id}", id).then().statusCode(404);
        given().auth().oauth2(memberToken("manager-elsewhere-" + run, "5300100237", "manager", "trader"))
                .get("/api/companies/{c}/declarations", COMPANY).then().statusCode(403);
        given().auth().oauth2(agent).get("/api/companies/{c}/declarations", COMPANY).then().statusCode(403);
    }

    /** A declaration of the company's goods on a booking clearance knows, onBehalfOf {@code company} unless null. */
    private Response declareOnBehalf(String token, String company) {
        String booking = announceBooking(bootstrap, "EXPORT");
        String json = declarationJson(declarationNumber(), booking).replace("5300123456", COMPANY);
        if (company != null) {
            json = json.substring(0, json.lastIndexOf('}')) + ", \"onBehalfOf\": \"" + company + "\"}";
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json).post("/api/declarations");
    }
}
