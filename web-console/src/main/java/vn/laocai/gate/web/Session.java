package vn.laocai.gate.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in person of a request, from the session cookie that the OpenID Connect code flow set (the
 * tokens stay on the server), and the checks every call through the console passes: a session, and for a
 * state-changing call proof that the console's own pages sent it.
 */
final class Session {

    /** The header the pages send with every call; a form or link of another site cannot send it. */
    static final String REQUESTED_WITH = "X-Requested-With";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private Session() {
    }

    /** The identity of a request with a valid session, none for an anonymous one. */
    static Optional<SecurityIdentity> of(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            return Optional.of(user.getSecurityIdentity());
        }
        return Optional.empty();
    }

    /** The session's access token, which the services are given. */
    static Optional<String> accessToken(SecurityIdentity identity) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        return Optional.ofNullable(token).map(AccessTokenCredential::getToken);
    }

    /**
     * Whether the request may change state with the session cookie: safe methods always; others only with
     * {@link #REQUESTED_WITH} (which a cross-site form cannot set and a cross-site script may not without a
     * CORS permission the console never gives) and, when the browser names an {@code Origin}, the console's own.
     */
    static boolean sameOrigin(RoutingContext context) {
        if (SAFE.contains(context.request().method())) {
            return true;
        }
        if (context.request().getHeader(REQUESTED_WITH) == null) {
            return false;
        }
        String origin = context.request().getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String host = Optional.ofNullable(context.request().getHeader("X-Forwarded-Host"))
                .orElse(context.request().getHeader("Host"));
        try {
            URI o = URI.create(origin);
            String authority = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
            return host != null && (host.equalsIgnoreCase(authority) || host.equalsIgnoreCase(o.getHost()) && o.getPort() < 0);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
