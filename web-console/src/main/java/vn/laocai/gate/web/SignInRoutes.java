package vn.laocai.gate.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Optional;

/**
 * The console's own sign-in routes: {@code /signin} (protected, so Quarkus OIDC runs the code flow with PKCE
 * at Keycloak and comes back here with a session) sends the person to the pages; {@code GET /api/me} tells
 * the pages who is signed in and with which roles, or 401 without a session. {@code /logout} is Quarkus
 * OIDC's (RP-initiated logout at Keycloak).
 */
@ApplicationScoped
public class SignInRoutes {

    void routes(@Observes Router router) {
        router.get("/signin").handler(context -> context.redirect("/"));
        router.get("/api/me").handler(SignInRoutes::me);
    }

    static void me(RoutingContext context) {
        Optional<SecurityIdentity> identity = Session.of(context);
        if (identity.isEmpty()) {
            Problems.signInRequired(context);
            return;
        }
        JsonObject me = new JsonObject()
                .put("user", identity.get().getPrincipal().getName())
                .put("roles", new JsonArray(identity.get().getRoles().stream().sorted().toList()));
        context.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store").end(me.encode());
    }
}
