package vn.laocai.gate.customs.security;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;
import vn.laocai.gate.infra.RefusedTokens;
import vn.laocai.gate.support.security.Roles;
import vn.laocai.gate.support.security.TokenChecks;

import java.net.URL;

/**
 * Tokens signed with the trusted key and naming the trusted issuer are still refused (401 problem) without
 * this service in `aud`, with a lifetime over 12 h, issued in the future or expired (RFC 8725).
 */
@QuarkusTest
class TokenChecksTest {

    @TestHTTPResource("/api/audit/verification")
    URL verification;

    @Test
    void only_a_recent_token_for_this_service_gets_in() throws Exception {
        TokenChecks.against(verification.toURI())
                .refuses(RefusedTokens.forService(EmbeddedInfraTestResource.identity(), "customs-adapter", "boss", Roles.SUPERVISOR))
                .accepts(EmbeddedInfraTestResource.identity().token("boss", Roles.SUPERVISOR));
    }
}
