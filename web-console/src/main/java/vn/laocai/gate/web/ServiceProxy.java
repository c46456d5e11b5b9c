package vn.laocai.gate.web;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * The reverse proxy: {@code /svc/queue/**}, {@code /svc/clearance/**}, {@code /svc/customs/**} and
 * {@code /svc/notification/**} go to the
 * services, so the pages need one origin and no CORS. Bodies stream both ways (uploads, server-sent events)
 * without being buffered. Each call needs the session of a signed-in person ({@link Session}; else 401
 * problem+json) and, when it changes something, to come from the console's pages (else 403); the service
 * gets the session's access token as {@code Authorization} and never the browser's cookies or header. The one
 * exceptions are the public reads of clearance ({@link #PUBLIC}): a release note's check, the requirements
 * enquiry and a shared traceability record, forwarded without any of them.
 */
@ApplicationScoped
public class ServiceProxy {

    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);
    /** Set on every answer of the console (application.properties), so dropped from the services' answers. */
    static final List<String> SECURITY_HEADERS = List.of("X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options",
            "Content-Security-Policy", "Cache-Control");

    public static List<Upstream> upstreams(WebConsoleConfig config) {
        return List.of(
                new Upstream("/svc/queue", config.queueUrl()),
                new Upstream("/svc/clearance", config.clearanceUrl()),
                new Upstream("/svc/customs", config.customsUrl()),
                new Upstream("/svc/notification", config.notificationUrl()));
    }

    void routes(@Observes Router router, Vertx vertx, WebConsoleConfig config) {
        router.route().order(-20).handler(ServiceProxy::refuseDotSegments);
        for (Upstream upstream : upstreams(config)) {
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setSsl(upstream.tls())
                    .setKeepAlive(true)
                    .setMaxPoolSize(config.connectionsPerService())
                    .setIdleTimeout(0));
            HttpProxy proxy = HttpProxy.reverseProxy(client).origin(upstream.port(), upstream.host());
            proxy.addInterceptor(new Rewrite(upstream));
            router.route(upstream.prefix() + "/*").order(-10).handler(rc -> forward(rc, proxy));
            LOG.infof("Proxying %s/** to %s", upstream.prefix(), upstream.base());
        }
    }

    /**
     * The reads the console forwards without a session: the public check of a release note (its QR code's page) and
     * what a consignment needs before it is declared (the requirements enquiry).
     */
    static final java.util.regex.Pattern PUBLIC = java.util.regex.Pattern.compile(
            "/svc/clearance/api/(release-notes/[A-Za-z0-9-]{1,30}/verification|requirements|traceability/[A-Za-z0-9_-]{43})");

    static void forward(RoutingContext context, HttpProxy proxy) {
        if (context.request().method() == io.vertx.core.http.HttpMethod.GET && PUBLIC.matcher(context.request().path()).matches()) {
            // anyone may check a note: nothing of a session goes with it, whether there is one or not
            context.request().headers().remove("Cookie").remove("Authorization");
            proxy.handle(context.request());
            return;
        }
        Optional<String> token = Session.of(context).flatMap(Session::accessToken);
        if (token.isEmpty()) {
            Problems.signInRequired(context);
            return;
        }
        if (!Session.sameOrigin(context)) {
            Problems.crossSiteRefused(context);
            return;
        }
        context.request().headers().remove("Cookie").set("Authorization", "Bearer " + token.get());
        proxy.handle(context.request());
    }

    /**
     * A path with a {@code .} or {@code ..} segment (also percent-encoded) would name one place to the
     * console's routes and another to the service it is forwarded to: answered 400, never forwarded.
     */
    static void refuseDotSegments(RoutingContext context) {
        String path = context.request().path();
        if (path == null || !hasDotSegment(path)) {
            context.next();
            return;
        }
        context.response().setStatusCode(400).putHeader("Content-Type", "application/problem+json").end("""
                {"type":"https://gate.laocai.vn/problems/validation","title":"Invalid request","status":400,                "detail":"path: has a . or .. segment, which the console does not forward",                "violations":[{"field":"path","message":"has a . or .. segment, which the console does not forward"}]}""");
    }

    static boolean hasDotSegment(String rawPath) {
        for (String segment : rawPath.split("/", -1)) {
            String decoded = segment.replace("%2e", ".").replace("%2E", ".");
            if (decoded.equals(".") || decoded.equals("..")) {
                return true;
            }
        }
        return false;
    }

    void started(@Observes StartupEvent event, WebConsoleConfig config) {
        // fails the start on a malformed URL rather than on the first request
        upstreams(config);
    }

    /** Rewrites the path for the service and names the service as the host the request is for. */
    private static final class Rewrite implements ProxyInterceptor {

        private final Upstream upstream;

        Rewrite(Upstream upstream) {
            this.upstream = upstream;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            context.request().setURI(upstream.target(context.request().getURI()));
            context.request().setAuthority(HostAndPort.create(upstream.host(), upstream.port()));
            return context.sendRequest();
        }

        /** The console's own security headers stand for the answer; the service's same ones would repeat them. */
        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            SECURITY_HEADERS.forEach(context.response().headers()::remove);
            return context.sendResponse();
        }
    }
}
