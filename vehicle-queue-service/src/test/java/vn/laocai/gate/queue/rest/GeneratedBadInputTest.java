package vn.laocai.gate.queue.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;
import vn.laocai.gate.support.badinput.BadInputRun;

import java.net.URL;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bad-input run made from this service's OpenAPI document, against the real PostgreSQL and Kafka: no
 * answer is a 5xx, every 4xx is a problem, and a fault in one field is named.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "vehicle_queue"))
class GeneratedBadInputTest {

    /** Not a realm role: a member of the organisation the document's examples name, for the operations of organisations. */
    private static final String MEMBER = "member-of-the-example-organisation";

    @TestHTTPResource("/")
    URL root;

    @Test
    void no_bad_input_gets_a_5xx_and_every_refusal_is_a_problem_naming_its_field() throws Exception {
        List<String> roles = Stream.concat(BadInputRun.ROLES.stream(), Stream.of(MEMBER)).toList();
        BadInputRun.against("vehicle-queue-service", root.toURI(), roles, role -> MEMBER.equals(role)
                ? EmbeddedInfraTestResource.identity().memberToken("bad-input-member", List.of("/orgs/5300100237/dispatcher", "/orgs/5300100237/manager"), "driver")
                : EmbeddedInfraTestResource.identity().token("bad-input-" + role, role)).run();
    }
}
