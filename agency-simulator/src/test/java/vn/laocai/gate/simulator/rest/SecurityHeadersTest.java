package vn.laocai.gate.simulator.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.simulator.support.CallbackReceiver;
import vn.laocai.gate.simulator.support.Logins;
import vn.laocai.gate.support.http.SecurityHeadersCheck;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The security headers on an answer, on a refused login (401) and on a 404, as every app sends them. */
@QuarkusTest
@QuarkusTestResource(CallbackReceiver.class)
class SecurityHeadersTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void every_answer_carries_the_security_headers() throws Exception {
        String admin = Base64.getEncoder().encodeToString((Logins.ADMIN_ID + ":" + Logins.ADMIN_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        SecurityHeadersCheck check = SecurityHeadersCheck.api(root.toURI());

        check.okUnauthorisedAndNotFound("admin/systems/VNACCS/faults", "Authorization", "Basic " + admin);
        assertThat(check.answers("admin/systems/VNACCS/faults", 200, "Authorization", "Basic " + admin)
                .headers().firstValue("Cache-Control")).as("the simulated systems' answers are never kept").hasValue("no-store");
    }
}
