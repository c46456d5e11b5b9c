package vn.laocai.gate.web;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The console's own 4xx answers (a page or file that does not exist, a method its routes do not take,
 * a body over its limit, a URI over {@link #MAX_URI} characters) are RFC 7807 problems like the services' own; what a service answers through
 * the proxy passes as it is.
 */
@ApplicationScoped
public class ConsoleProblems {

    static final String PROBLEM = "application/problem+json";
    /** The longest URI the console takes; the HTTP decoder's own limit is set far above it, as in the services. */
    static final int MAX_URI = 8_192;

    void routes(@Observes Router router) {
        router.route().order(-30).handler(context -> {
            if (context.request().uri().length() > MAX_URI) {
                answer(context, 414);
            } else {
                context.next();
            }
        });
        for (int status : new int[] {400, 404, 405, 406, 413, 414, 415}) {
            router.errorHandler(status, context -> answer(context, status));
        }
    }

    static void answer(RoutingContext context, int status) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        String title = HttpResponseStatus.valueOf(status).reasonPhrase();
        JsonObject problem = new JsonObject()
                .put("type", "https://gate.laocai.vn/problems/http-" + status)
                .put("title", title)
                .put("status", status)
                .put("detail", status == 404 ? "nothing is served at this path" : title);
        context.response().setStatusCode(status).putHeader("Content-Type", PROBLEM).end(problem.encode());
    }
}
