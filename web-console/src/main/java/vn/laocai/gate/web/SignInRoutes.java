package vn.laocai.gate.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The console's own sign-in routes: {@code /signin} (protected, so Quarkus OIDC runs the code flow with PKCE
 * at Keycloak and comes back here with a session) sends the person to the pages; {@code GET /api/me} tells
 * the pages who is signed in and with which roles, or 401 without a session. {@code POST /logout} is Quarkus
 * OIDC's (RP-initiated logout at Keycloak), behind the checks of {@link #logout}.
 */
@ApplicationScoped
public class SignInRoutes {

    /** Before Quarkus authenticates the request (at -200, SecurityHandlerPriorities.AUTHENTICATION), so before OIDC's logout. */
    static final int BEFORE_AUTHENTICATION = -250;

    void routes(@Observes Router router) {
        router.get("/signin").handler(context -> context.redirect("/"));
        router.get("/api/me").handler(SignInRoutes::me);
        router.route("/logout").order(BEFORE_AUTHENTICATION).handler(SignInRoutes::logout);
        // reached without a session only (with one, OIDC has answered): nothing to end, back to the pages
        router.post("/logout").handler(context -> context.response().setStatusCode(204).putHeader("Location", "/").end());
    }

    /**
     * A sign-out is a state-changing call like the others: POST only (any other method 405 problem) and only from the
     * console's pages ({@link Session#sameOrigin}, else 403 problem), so that no link or cross-site form signs a person
     * out. The pages send it with {@code fetch}, which cannot follow OIDC's redirect to the provider's end of session
     * (another origin): that redirect is answered 204 with its {@code Location}, where the page then goes.
     */
    static void logout(RoutingContext context) {
        if (context.request().method() != HttpMethod.POST) {
            context.response().putHeader("Allow", "POST");
            Problems.send(context, 405, "method-not-allowed", "Method not allowed", "method",
                    "sign-out is a POST from the console's pages");
            return;
        }
        if (!Session.sameOrigin(context)) {
            Problems.crossSiteRefused(context);
            return;
        }
        context.addHeadersEndHandler(ended -> {
            HttpServerResponse response = context.response();
            if (response.getStatusCode() == 302 || response.getStatusCode() == 303) {
                response.setStatusCode(204);
            }
        });
        context.next();
    }

    static void me(RoutingContext context) {
        Optional<SecurityIdentity> identity = Session.of(context);
        if (identity.isEmpty()) {
            Problems.signInRequired(context);
            return;
        }
        JsonObject me = new JsonObject()
                .put("user", identity.get().getPrincipal().getName())
                .put("roles", new JsonArray(identity.get().getRoles().stream().sorted().toList()))
                .put("memberships", memberships(Session.accessToken(identity.get()).orElse(null)));
        context.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store").end(me.encode());
    }

    /**
     * The organisations the person acts for, as the access token's {@code memberships} claim says them (group paths
     * {@code /orgs/<code>/<role>}): [{organisation, role}], so the pages offer a carrier's or a company's page only to
     * its members. The token came from the identity provider's token endpoint in the code flow; the services check
     * it again and decide what the person may do.
     */
    static JsonArray memberships(String accessToken) {
        JsonArray out = new JsonArray();
        String[] parts = accessToken == null ? new String[0] : accessToken.split("\\.");
        if (parts.length < 2) {
            return out;
        }
        try {
            JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            JsonArray paths = claims.getJsonArray("memberships", new JsonArray());
            for (Object path : paths) {
                String[] segments = String.valueOf(path).split("/");
                // "", "orgs", code, role
                if (segments.length == 4 && segments[0].isEmpty() && segments[1].equals("orgs")) {
                    out.add(new JsonObject().put("organisation", segments[2]).put("role", segments[3]));
                }
            }
        } catch (RuntimeException unreadable) {
            // a token that is no JWT (an opaque one): no memberships to show; the services decide anyway
        }
        return out;
    }
}
