package vn.laocai.gate.web;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.support.http.SecurityHeadersCheck;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Sign-in by the authorization code flow with PKCE against a stand-in OpenID provider, then what a session
 * allows: who is signed in ({@code /api/me}), calls forwarded with the session's access token, and the refusals
 * (no session: 401 problem; a state-changing call the console's pages did not send: 403 problem).
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class SignInTest {

    @Test
    void signin_starts_the_code_flow_with_pkce_s256() {
        Response start = given().redirects().follow(false).when().get("/signin");

        assertThat(start.statusCode()).isEqualTo(302);
        Map<String, String> query = query(URI.create(start.header("Location")));
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "web-console")
                .containsEntry("code_challenge_method", "S256").containsKeys("code_challenge", "state");
        assertThat(start.getDetailedCookies().asList()).as("the flow's state cookie")
                .anySatisfy(c -> assertThat(c.getName()).startsWith("q_auth"));
    }

    /** The pages ask for the login page in their language; the console passes ui_locales on to the provider. */
    @Test
    void signin_asks_the_provider_for_the_page_language() {
        Response start = given().redirects().follow(false).queryParam("ui_locales", "zh-CN").when().get("/signin");

        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(query(URI.create(start.header("Location")))).containsEntry("ui_locales", "zh-CN");
        Response plain = given().redirects().follow(false).when().get("/signin");
        assertThat(query(URI.create(plain.header("Location")))).doesNotContainKey("ui_locales");
    }

    @Test
    void without_a_session_me_and_every_service_call_answer_401_problems_and_nothing_is_forwarded() {
        given().when().get("/api/me")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("sign-in-required"));
        given().header("Authorization", "Bearer forged.by.page").when().get("/svc/queue/api/bookings")
                .then().statusCode(401).contentType("application/problem+json")
                .body("field", equalTo("session")).body(not(containsString("GET /api/bookings")));
    }

    @Test
    void the_token_endpoint_is_no_longer_reachable_through_the_console() {
        given().contentType("application/x-www-form-urlencoded").formParam("username", "trader").formParam("password", "trader")
                .when().post("/svc/id/token")
                .then().statusCode(not(equalTo(200))).body(not(containsString("access_token")));
    }

    @Test
    void a_signed_in_person_is_told_their_name_and_roles_and_their_calls_carry_the_sessions_access_token() {
        Map<String, String> session = signIn();

        given().cookies(session).when().get("/api/me")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body("user", equalTo("alice")).body("roles", hasItems("trader", "supervisor"));
        String forwarded = given().cookies(session).header("Authorization", "Bearer forged.by.page")
                .when().get("/svc/clearance/api/declarations?mine=1")
                .then().statusCode(200).body(startsWith("GET /clearance-root/api/declarations?mine=1\n"))
                .extract().asString();
        assertThat(forwarded).contains("auth Bearer ey").doesNotContain("forged.by.page").contains("cookie null");
    }

    @Test
    void a_state_changing_call_needs_the_pages_header_and_the_consoles_own_origin() {
        Map<String, String> session = signIn();

        given().cookies(session).contentType("application/json").body("{}")
                .when().post("/svc/queue/api/bookings")
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("cross-site-request")).body("field", equalTo("X-Requested-With"));
        given().cookies(session).header("X-Requested-With", "fetch").header("Origin", "https://elsewhere.example")
                .contentType("application/json").body("{}")
                .when().post("/svc/queue/api/bookings")
                .then().statusCode(403).body("code", equalTo("cross-site-request"));
        given().cookies(session).header("X-Requested-With", "fetch")
                .contentType("application/json").body("{\"plate\":\"24C-123.45\"}")
                .when().post("/svc/queue/api/bookings?dry=1")
                .then().statusCode(200).body(startsWith("POST /api/bookings?dry=1\n"))
                .body(containsString("body {\"plate\":\"24C-123.45\"}"));
    }

    @Test
    void sign_out_is_a_post_from_the_pages_that_ends_the_session_at_the_provider() {
        Map<String, String> session = signIn();

        given().cookies(session).redirects().follow(false).when().get("/logout")
                .then().statusCode(405).contentType("application/problem+json").header("Allow", "POST")
                .body("code", equalTo("method-not-allowed")).body("field", equalTo("method"));
        given().cookies(session).when().get("/api/me").then().statusCode(200);
        given().cookies(session).redirects().follow(false).when().post("/logout")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("cross-site-request"));
        given().cookies(session).redirects().follow(false).header("X-Requested-With", "fetch")
                .header("Origin", "https://elsewhere.example").when().post("/logout")
                .then().statusCode(403).body("code", equalTo("cross-site-request"));
        given().cookies(session).when().get("/api/me").then().statusCode(200);

        Response out = given().cookies(session).redirects().follow(false).header("X-Requested-With", "fetch")
                .when().post("/logout");

        assertThat(out.statusCode()).as(out.asString()).isEqualTo(204);
        assertThat(out.header("Location")).as("the provider's end of session").contains("logout");
        assertThat(out.header("Cache-Control")).isEqualTo("no-store");
        assertThat(out.getDetailedCookies().asList()).as("the session cookie cleared")
                .anySatisfy(c -> assertThat(c.getName()).startsWith("q_session"));
        given().redirects().follow(false).header("X-Requested-With", "fetch").when().post("/logout")
                .then().statusCode(204).header("Location", "/");
    }

    @Test
    void every_answer_carries_the_security_headers_and_only_static_files_are_cached() throws Exception {
        Map<String, String> session = signIn();
        String cookie = session.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .reduce((a, b) -> a + "; " + b).orElseThrow();
        SecurityHeadersCheck check = SecurityHeadersCheck.console(new URI(RestAssured.baseURI + ":" + RestAssured.port + "/"));

        check.okUnauthorisedAndNotFound("api/me", "Cookie", cookie);
        check.answers("svc/queue/api/bookings", 200, "Cookie", cookie);
        check.answers("svc/queue/api/bookings", 401);
        assertThat(check.answers("js/app.js", 200).headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("max-age").doesNotContain("no-store"));
        check.answers("", 200);
    }

    /**
     * The code flow as a browser runs it: the console sends the person to the provider's login page; the
     * provider sends them back with a code; the console exchanges it (with the PKCE verifier) and opens a session.
     */
    static Map<String, String> signIn() {
        Response start = given().redirects().follow(false).when().get("/signin");
        assertThat(start.statusCode()).isEqualTo(302);
        Map<String, String> flowCookies = new LinkedHashMap<>(start.getCookies());
        URI login = URI.create(start.header("Location"));
        Map<String, String> query = query(login);
        Response loggedIn = given().redirects().follow(false).queryParam("state", query.get("state"))
                .queryParam("redirect_uri", query.get("redirect_uri"))
                .when().get(login.getScheme() + "://" + login.getAuthority() + "/login");
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        Response back = given().redirects().follow(false).cookies(flowCookies).urlEncodingEnabled(false)
                .when().get(loggedIn.header("Location"));
        assertThat(back.statusCode()).as(back.asString()).isEqualTo(302);
        Map<String, String> session = new LinkedHashMap<>();
        // the answer first clears any earlier session's cookies (empty, max-age 0), then sets the new ones
        back.getDetailedCookies().asList().forEach(c -> {
            if (c.getName().startsWith("q_session") && c.getMaxAge() != 0 && !c.getValue().isEmpty()) {
                session.put(c.getName(), c.getValue());
            }
        });
        assertThat(session).as("the session cookie").isNotEmpty();
        assertThat(back.getDetailedCookies().asList()).filteredOn(c -> session.containsKey(c.getName()) && c.getMaxAge() != 0)
                .isNotEmpty().allSatisfy(c -> assertThat(c.isHttpOnly()).as(c.getName() + " is HTTP-only").isTrue());
        return session;
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }
}
