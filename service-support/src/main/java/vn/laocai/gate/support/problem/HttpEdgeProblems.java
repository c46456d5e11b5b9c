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
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import vn.laocai.gate.support.domain.Message;
import vn.laocai.gate.support.i18n.Language;
import vn.laocai.gate.support.i18n.PlatformTexts;

/**
 * The 4xx answers given before a resource is reached (no route for the path, a path Vert.x cannot decode,
 * a token refused by the authentication that runs on every request) are problem details too.
 * A URI longer than {@link #MAX_URI} characters (414) and a body whose {@code Content-Length} is over
 * {@code quarkus.http.limits.max-body-size} (413) are refused here, before Quarkus's own checks would
 * answer them with an empty body: the HTTP decoder's own limit on the request line
 * ({@code quarkus.http.limits.max-initial-line-length}) is set far above {@link #MAX_URI} in this
 * module's defaults, so that such a URI reaches this check.
 */
@ApplicationScoped
public class HttpEdgeProblems {

    /** The longest URI (path and query) a request may have, in characters. */
    public static final int MAX_URI = 8_192;
    /** Before Quarkus's own body-size check (order -2), which answers with an empty 413. */
    private static final int ORDER_BEFORE_UPLOAD_LIMIT = -3;

    private final ObjectMapper json;
    private final long maxBodySize;

    HttpEdgeProblems(ObjectMapper json,
                     @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.json = json;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void routes(@Observes Router router) {
        router.route().order(ORDER_BEFORE_UPLOAD_LIMIT).handler(this::limits);
        router.route().failureHandler(this::failed);
        for (int status : new int[] {400, 404, 405, 406, 414, 415}) {
            router.errorHandler(status, this::failed);
        }
    }

    private void limits(RoutingContext context) {
        if (context.request().uri().length() > MAX_URI) {
            refuse(context, 414, "the URI is longer than " + MAX_URI + " characters");
            return;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            // the body is not read: the connection cannot carry another request after this answer
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            refuse(context, 413, "the body is larger than " + maxBodySize + " bytes");
            return;
        }
        context.next();
    }

    private boolean tooLong(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > maxBodySize;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void refuse(RoutingContext context, int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        end(context, new Problem(Problem.type("http-" + status), known == null ? "Client error" : known.getReasonPhrase(),
                status, detail, null, List.of()));
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
        end(context, new Problem(Problem.type(switch (status) {
            case 400 -> "unreadable-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            default -> "http-" + status;
        }), title, status, detail, context.normalizedPath(), List.of()));
    }

    /** Ends with the problem in the request's language: its title, and its detail where the catalogue says it. */
    private void end(RoutingContext context, Problem problem) {
        Language language = Language.negotiate(context.request().getHeader("Accept-Language"));
        String slug = problem.type().toString().substring(Problem.TYPE_BASE.length());
        String detail = PlatformTexts.render(language, Message.of("problem." + slug));
        Problem said = new Problem(problem.type(), PlatformTexts.title(language, slug, problem.status(), problem.title()),
                problem.status(), detail == null ? problem.detail() : detail, problem.instance(), problem.violations());
        try {
            context.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader("Content-Language", language.code())
                    .end(json.writeValueAsString(said));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            context.next();
        }
    }
}
