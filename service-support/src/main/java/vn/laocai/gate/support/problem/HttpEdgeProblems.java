package vn.laocai.gate.support.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The 4xx answers given before a resource is reached (no route for the path, a path Vert.x cannot decode,
 * a token refused by the authentication that runs on every request) are problem details too.
 */
@ApplicationScoped
public class HttpEdgeProblems {

    private final ObjectMapper json;

    HttpEdgeProblems(ObjectMapper json) {
        this.json = json;
    }

    void routes(@Observes Router router) {
        router.route().failureHandler(this::failed);
        for (int status : new int[] {400, 404, 405, 406, 414, 415}) {
            router.errorHandler(status, this::failed);
        }
    }

    private void failed(RoutingContext context) {
        HttpServerResponse response = context.response();
        Throwable failure = context.failure();
        int status = failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException ? 401
                : failure instanceof ForbiddenException ? 403
                : failure instanceof HttpException http ? http.getStatusCode()
                : failure == null ? context.statusCode() : 500;
        if (status < 400 || status > 499 || response.ended() || response.headWritten()) {
            context.next();
            return;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Client error" : known.getReasonPhrase();
        String detail = switch (status) {
            case 400 -> "the request's path or query cannot be read (bad percent-encoding?)";
            case 401 -> "a valid bearer token is needed";
            case 403 -> "the token's roles do not allow this request";
            case 404 -> "nothing is served at this path";
            case 405 -> "this path does not answer " + context.request().method();
            default -> title;
        };
        if (status == 401) {
            response.putHeader("WWW-Authenticate", "Bearer");
        }
        Problem problem = new Problem(Problem.type(switch (status) {
            case 400 -> "unreadable-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            default -> "http-" + status;
        }), title, status,
                detail, context.normalizedPath(), List.of());
        try {
            response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            context.next();
        }
    }
}
