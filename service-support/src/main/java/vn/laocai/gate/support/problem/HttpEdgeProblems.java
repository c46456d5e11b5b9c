package vn.laocai.gate.support.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.ext.web.impl.RoutingContextInternal;
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
 * <p>
 * A chunked body ({@code Transfer-Encoding: chunked}) says its size only as it arrives, and RESTEasy's own
 * count ends the exchange with an empty 413. Such a body is read here, up to the limit, and handed on as
 * the request's body (RESTEasy reads it from there, as it does after Vert.x's {@code BodyHandler}); one
 * going over is answered with the same problem, its rest read and dropped before the connection closes
 * (at most {@link #DRAINED_AFTER_REFUSAL} times the limit), so the client reads the answer rather than a
 * reset connection.
 */
@ApplicationScoped
public class HttpEdgeProblems {

    /** The longest URI (path and query) a request may have, in characters. */
    public static final int MAX_URI = 8_192;
    /** Before Quarkus's own body-size check (order -2), which answers with an empty 413. */
    private static final int ORDER_BEFORE_UPLOAD_LIMIT = -3;
    /** How much of a refused chunked body is read and dropped, in multiples of the limit, before the connection closes. */
    static final int DRAINED_AFTER_REFUSAL = 4;

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
        HttpServerRequest request = context.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            // the body is not read: the connection cannot carry another request after this answer
            tooLarge(context);
            return;
        }
        if (length == null && chunked(request) && !request.isEnded()) {
            readChunked(context);
            return;
        }
        context.next();
    }

    private static boolean chunked(HttpServerRequest request) {
        String coding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return coding != null && coding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    /** Reads a chunked body up to the limit into the request's body, or refuses it as soon as it goes over. */
    private void readChunked(RoutingContext context) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        long[] over = {-1};
        request.handler(chunk -> {
            if (over[0] >= 0) {
                over[0] += chunk.length();
                if (over[0] > DRAINED_AFTER_REFUSAL * maxBodySize) {
                    request.connection().close();
                }
            } else if (body.length() + (long) chunk.length() > maxBodySize) {
                over[0] = 0;
                tooLarge(context);
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.exceptionHandler(failure -> {
            if (over[0] < 0) {
                context.fail(failure);
            }
        });
        request.endHandler(ended -> {
            if (over[0] >= 0) {
                request.connection().close();
                return;
            }
            ((RoutingContextInternal) context).visitHandler(RoutingContextInternal.BODY_HANDLER);
            context.setBody(body);
            context.next();
        });
        request.resume();
    }

    private void tooLarge(RoutingContext context) {
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        end(context, new Problem(Problem.type("http-413"), "Request too large", 413,
                "the body is larger than " + maxBodySize + " bytes", null, List.of()),
                Message.of("problem.body-over-limit", "limit", maxBodySize));
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
        end(context, problem, Message.of("problem." + problem.type().toString().substring(Problem.TYPE_BASE.length())));
    }

    private void end(RoutingContext context, Problem problem, Message detailed) {
        Language language = Language.negotiate(context.request().getHeader("Accept-Language"));
        String slug = problem.type().toString().substring(Problem.TYPE_BASE.length());
        String detail = PlatformTexts.render(language, detailed);
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
