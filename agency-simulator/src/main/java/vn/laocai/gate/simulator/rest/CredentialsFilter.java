package vn.laocai.gate.simulator.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import vn.laocai.gate.simulator.security.Credentials;
import vn.laocai.gate.simulator.security.Guarded;

import java.util.Map;

/**
 * Lets a request reach a {@link Guarded} resource only with the login it is guarded for; refusals are
 * RFC 7807 problems: 401 with a Basic challenge (no login, or a login of nobody), 403 (the other caller's login).
 */
@Provider
public class CredentialsFilter implements ContainerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"agency-simulator\", charset=\"UTF-8\"";

    @Context
    ResourceInfo resource;

    private final Credentials credentials;

    public CredentialsFilter(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Guarded guarded = resource.getResourceClass() == null ? null
                : resource.getResourceClass().getAnnotation(Guarded.class);
        if (guarded == null) {
            return;
        }
        switch (credentials.check(request.getHeaderString(HttpHeaders.AUTHORIZATION), guarded.value())) {
            case ALLOWED -> {
            }
            case UNKNOWN -> request.abortWith(problem(401, "Unauthorized", "credentials-required",
                    "this interface needs the " + name(guarded) + " login (HTTP Basic)")
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build());
            case WRONG_CALLER -> request.abortWith(problem(403, "Forbidden", "wrong-credential",
                    "this interface is not for that login; it needs the " + name(guarded) + " login").build());
        }
    }

    private static String name(Guarded guarded) {
        return guarded.value().name().toLowerCase();
    }

    private static Response.ResponseBuilder problem(int status, String title, String code, String detail) {
        return Response.status(status).type("application/problem+json").entity(Map.of(
                "type", "https://gate.laocai.vn/problems/" + code, "title", title, "status", status,
                "detail", detail, "code", code));
    }
}
