package vn.laocai.gate.clearance.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;
import vn.laocai.gate.support.http.SecurityHeadersCheck;
import vn.laocai.gate.support.security.Roles;

import java.net.URL;

/** The security headers on an answer, on the authentication layer's 401 and on a 404; nothing under /api/ is kept. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "clearance"))
class SecurityHeadersTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void every_answer_carries_the_security_headers() throws Exception {
        SecurityHeadersCheck.api(root.toURI()).okUnauthorisedAndNotFound("api/audit", "Authorization",
                "Bearer " + EmbeddedInfraTestResource.identity().token("headers-check", Roles.SUPERVISOR));
    }
}
