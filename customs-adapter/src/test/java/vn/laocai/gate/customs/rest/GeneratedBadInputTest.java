package vn.laocai.gate.customs.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;
import vn.laocai.gate.support.badinput.BadInputRun;
import vn.laocai.gate.support.security.Roles;
import java.net.URL;

/**
 * The bad-input run made from this service's OpenAPI document, against the real PostgreSQL and Kafka: no
 * answer is a 5xx, every 4xx is a problem, and a fault in one field is named.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "customs_adapter"),
        @ResourceArg(name = "topics", value = "customs.dead-letter")})
class GeneratedBadInputTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void no_bad_input_gets_a_5xx_and_every_refusal_is_a_problem_naming_its_field() throws Exception {
        BadInputRun.against("customs-adapter", root.toURI(), BadInputRun.ROLES,
                // an agency system answers as its own client: the customs callback's is vnaccs
                role -> EmbeddedInfraTestResource.identity().token(Roles.AGENCY_SYSTEM.equals(role) ? "vnaccs" : "bad-input-" + role, role)).run();
    }
}
