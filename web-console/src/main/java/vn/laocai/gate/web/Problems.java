package vn.laocai.gate.web;

import io.vertx.ext.web.RoutingContext;

/** RFC 7807 answers of the console itself, in the shape the services use ({@code type}, {@code code}, {@code field}). */
final class Problems {

    private Problems() {
    }

    static void send(RoutingContext context, int status, String code, String title, String field, String detail) {
        String body = "{\"type\":\"https://gate.laocai.vn/problems/" + code + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"code\":\"" + code + "\",\"field\":\"" + field + "\",\"detail\":\"" + detail + "\","
                + "\"violations\":[{\"field\":\"" + field + "\",\"message\":\"" + detail + "\"}]}";
        context.response().setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .putHeader("Cache-Control", "no-store")
                .end(body);
    }

    /** 401: no session (never signed in, signed out, or the session ended); the pages go to /signin. */
    static void signInRequired(RoutingContext context) {
        send(context, 401, "sign-in-required", "Sign-in required", "session",
                "no valid session: sign in at /signin");
    }

    /** 403: a state-changing call that the console's pages did not send. */
    static void crossSiteRefused(RoutingContext context) {
        send(context, 403, "cross-site-request", "Cross-site request refused", Session.REQUESTED_WITH,
                "a call that changes something needs the X-Requested-With header and the console's own Origin");
    }
}
