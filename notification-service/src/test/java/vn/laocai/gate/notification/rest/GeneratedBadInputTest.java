package vn.laocai.gate.notification.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;
import vn.laocai.gate.support.badinput.BadInputRun;

import java.net.URL;

/**
 * The bad-input run made from this service's OpenAPI document, against the real PostgreSQL and Kafka: no
 * answer is a 5xx, every 4xx is a problem, and a fault in one field is named.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "notification"))
class GeneratedBadInputTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void no_bad_input_gets_a_5xx_and_every_refusal_is_a_problem_naming_its_field() throws Exception {
        BadInputRun.against("notification-service", root.toURI(), BadInputRun.ROLES,
                role -> EmbeddedInfraTestResource.identity().token("bad-input-" + role, role)).run();
    }
}
