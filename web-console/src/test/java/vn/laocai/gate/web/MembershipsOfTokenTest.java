package vn.laocai.gate.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code /api/me} tells the pages of the organisations a person acts for, read off the session's access token. */
class MembershipsOfTokenTest {

    @Test
    void the_group_paths_of_the_memberships_claim_become_organisation_and_role_and_nothing_else_is_taken() {
        JsonObject claims = new JsonObject().put("sub", "dispatcher-kt")
                .put("memberships", new JsonArray().add("/orgs/5300100237/dispatcher").add("/orgs/5300100237/driver")
                        .add("/staff/yard").add("/orgs/5300100237"));
        JsonArray memberships = SignInRoutes.memberships(jwt(claims));
        assertThat(memberships.encode()).isEqualTo(new JsonArray()
                .add(new JsonObject().put("organisation", "5300100237").put("role", "dispatcher"))
                .add(new JsonObject().put("organisation", "5300100237").put("role", "driver")).encode());
    }

    @Test
    void a_token_without_the_claim_or_no_jwt_at_all_gives_none() {
        assertThat(SignInRoutes.memberships(jwt(new JsonObject().put("sub", "driver")))).isEmpty();
        assertThat(SignInRoutes.memberships("opaque-token")).isEmpty();
        assertThat(SignInRoutes.memberships("a.!!!.c")).isEmpty();
        assertThat(SignInRoutes.memberships(null)).isEmpty();
    }

    private static String jwt(JsonObject claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.encode().getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }
}
