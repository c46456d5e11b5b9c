package vn.laocai.gate.web;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
@QuarkusTestResource(io.quarkus.test.oidc.server.OidcWiremockTestResource.class)
class ServiceProxyTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void a_path_with_dot_segments_is_a_problem_and_is_not_forwarded() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/svc/clearance/../queue/api/bookings", "/svc/queue/../x", "/svc/queue/%2e%2e/x",
                "/svc/queue/./api/bookings")) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + path))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            assertThat(answer.body()).as(path).contains("\"field\":\"path\"");
        }
    }

    @Test
    void a_service_call_keeps_method_path_query_and_body() {
        given().cookies(SignInTest.signIn()).header("X-Requested-With", "fetch")
                .contentType("application/json").body("{\"plate\":\"24C-123.45\"}")
                .when().post("/svc/queue/api/bookings?dry=1")
                .then().statusCode(200)
                .body(startsWith("POST /api/bookings?dry=1\n"))
                .body(containsString("auth Bearer "))
                .body(containsString("body {\"plate\":\"24C-123.45\"}"));
    }

    @Test
    void the_pages_language_reaches_the_service_and_its_content_language_comes_back() {
        given().cookies(SignInTest.signIn()).header("Accept-Language", "zh")
                .when().get("/svc/queue/api/bookings/KT2-7XK4P9")
                .then().statusCode(200).header("Content-Language", "zh")
                .body(containsString("\nlanguage zh\n"));
    }

    @Test
    void the_base_path_of_a_service_is_kept_and_its_answers_pass_through() {
        given().cookies(SignInTest.signIn()).when().get("/svc/clearance/api/declarations/missing")
                .then().statusCode(404)
                .body(startsWith("GET /clearance-root/api/declarations/missing\n"));
    }

    @Test
    void the_check_of_a_release_note_is_forwarded_without_a_session_and_without_anything_of_one() {
        // a session cookie the console cannot read makes its OpenID Connect layer answer with the sign-in page first
        given().header("Authorization", "Bearer forged.by.page")
                .when().get("/svc/clearance/api/release-notes/KT2-RN-2026-000001/verification?code=867DT32AY8")
                .then().statusCode(200)
                .body(startsWith("GET /clearance-root/api/release-notes/KT2-RN-2026-000001/verification?code=867DT32AY8\n"))
                .body(containsString("\nauth null\n")).body(containsString("\ncookie null\n"));
        // only that read: the file check (a POST) and every other call still need a session
        given().contentType("application/pdf").body(new byte[] {'%', 'P', 'D', 'F'})
                .when().post("/svc/clearance/api/release-notes/KT2-RN-2026-000001/verification?code=867DT32AY8")
                .then().statusCode(401);
        given().when().get("/svc/clearance/api/declarations/x/release-note.pdf").then().statusCode(401);
    }

    @Test
    void a_shared_traceability_record_is_forwarded_without_a_session_and_without_anything_of_one() {
        String token = "Zk3n1x-Qw8_pT0aLmB7vYc2dE5fGhJ9kR4sU6wXyA1b";
        given().header("Authorization", "Bearer forged.by.page")
                .when().get("/svc/clearance/api/traceability/" + token)
                .then().statusCode(200)
                .body(startsWith("GET /clearance-root/api/traceability/" + token + "\n"))
                .body(containsString("\nauth null\n")).body(containsString("\ncookie null\n"));
        // only a token's read: the links of a declaration, a revocation and anything not shaped as a token need a session
        given().when().get("/svc/clearance/api/declarations/x/traceability").then().statusCode(401);
        given().when().delete("/svc/clearance/api/traceability/" + token).then().statusCode(401);
        given().when().get("/svc/clearance/api/traceability/short").then().statusCode(401);
    }

    @Test
    void the_requirements_enquiry_is_forwarded_without_a_session_and_without_anything_of_one() {
        given().header("Authorization", "Bearer forged.by.page")
                .when().get("/svc/clearance/api/requirements?hsCode=08106000&direction=EXPORT&country=CN")
                .then().statusCode(200)
                .body(startsWith("GET /clearance-root/api/requirements?hsCode=08106000&direction=EXPORT&country=CN\n"))
                .body(containsString("\nauth null\n")).body(containsString("\ncookie null\n"));
        // only the read, only that path: a write to it and a path under it still need a session
        given().contentType("application/json").body("{}").when().post("/svc/clearance/api/requirements").then().statusCode(401);
        given().when().get("/svc/clearance/api/requirements/x").then().statusCode(401);
        given().when().get("/svc/clearance/api/requirementsx").then().statusCode(401);
    }

    @Test
    void each_services_audit_trail_is_reached_under_its_own_prefix() {
        // the audit page reads /svc/<service>/api/audit and /svc/<service>/api/audit/verification of each service
        java.util.Map<String, String> session = SignInTest.signIn();
        given().cookies(session).when().get("/svc/queue/api/audit?action=PLATE_RELEASED&limit=100")
                .then().statusCode(200)
                .body(startsWith("GET /api/audit?action=PLATE_RELEASED&limit=100\n"));
        given().cookies(session).when().get("/svc/clearance/api/audit/verification")
                .then().statusCode(200).body(startsWith("GET /clearance-root/api/audit/verification\n"));
        given().cookies(session).when().get("/svc/customs/api/audit?limit=5")
                .then().statusCode(200).body(startsWith("GET /customs-root/api/audit?limit=5\n"));
        given().cookies(session).when().get("/svc/queue/api/yard/out-of-turn?day=2026-12-01")
                .then().statusCode(200).body(startsWith("GET /api/yard/out-of-turn?day=2026-12-01\n"));
    }

    @Test
    void the_notice_pages_reach_the_notification_service_under_its_own_prefix() {
        java.util.Map<String, String> session = SignInTest.signIn();
        given().cookies(session).when().get("/svc/notification/api/inbox?limit=100")
                .then().statusCode(200).body(startsWith("GET /notification-root/api/inbox?limit=100\n"));
        given().cookies(session).when().get("/svc/notification/api/notices/figures?hours=24")
                .then().statusCode(200).body(startsWith("GET /notification-root/api/notices/figures?hours=24\n"));
    }

    @Test
    void server_sent_events_pass_through_one_by_one() throws Exception {
        FakeServices.firstEventRead = new CountDownLatch(1);
        String cookie = SignInTest.signIn().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(root.toString() + "svc/queue/api/stream")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        List<String> events = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("data: ")) {
                    events.add(line.substring(6));
                    FakeServices.firstEventRead.countDown();
                }
            }
        }
        assertThat(events).containsExactly("{\"position\":3}", "{\"firstReadBeforeSecondSent\":true}");
    }

    @Test
    void the_pages_are_served_with_their_messages_in_three_languages() {
        given().when().get("/").then().statusCode(200).body(containsString("<script type=\"module\" src=\"js/app.js\""));
        for (String lang : List.of("vi", "en", "zh")) {
            given().when().get("/i18n/" + lang + ".json").then().statusCode(200).body(containsString("\"signIn\""));
        }
    }

    @Test
    void the_pages_are_installable_and_kept_for_a_lost_signal() {
        given().when().get("/").then().statusCode(200).body(containsString("<link rel=\"manifest\" href=\"manifest.webmanifest\">"));
        given().when().get("/manifest.webmanifest").then().statusCode(200)
                .contentType("application/manifest+json")
                .body("start_url", equalTo("./"), "display", equalTo("standalone"), "theme_color", equalTo("#0b5d3b"),
                        "icons.sizes", hasItems("192x192", "512x512"));
        for (String icon : List.of("/icons/icon-192.png", "/icons/icon-512.png")) {
            given().when().get(icon).then().statusCode(200).contentType("image/png");
        }
        given().when().get("/icons/icon.svg").then().statusCode(200).contentType(containsString("image/svg+xml"));
        // at the root, so that its scope is every page; a script the policy lets run as a worker
        given().when().get("/sw.js").then().statusCode(200).contentType(containsString("javascript"))
                .header("Content-Security-Policy", allOf(containsString("worker-src 'self'"), containsString("manifest-src 'self'")));
    }

    @Test
    void the_consoles_own_refusals_are_problems() {
        given().when().get("/no-such-page.html")
                .then().statusCode(404).contentType("application/problem+json").body(containsString("\"status\":404"));
        given().when().get("/" + "a".repeat(9_000))
                .then().statusCode(414).contentType("application/problem+json");
    }
}
