package vn.laocai.gate.web;

import java.net.URI;

/**
 * One service behind the console: requests to {@code prefix + rest} go to {@code base + rest}.
 *
 * @param prefix the console's path for it, such as {@code /svc/queue}
 * @param base   the service's URL, optionally with a path of its own
 */
public record Upstream(String prefix, URI base) {

    public Upstream {
        if (!prefix.startsWith("/") || prefix.endsWith("/")) {
            throw new IllegalArgumentException("A prefix starts with / and does not end with it: " + prefix);
        }
        if (base.getHost() == null || !"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
            throw new IllegalArgumentException("Not an http(s) URL with a host: " + base);
        }
    }

    public String host() {
        return base.getHost();
    }

    public int port() {
        if (base.getPort() > 0) {
            return base.getPort();
        }
        return "https".equals(base.getScheme()) ? 443 : 80;
    }

    public boolean tls() {
        return "https".equals(base.getScheme());
    }

    /** Whether the console's request URI (path and query) belongs to this service. */
    public boolean matches(String requestUri) {
        return requestUri.startsWith(prefix) && (requestUri.length() == prefix.length()
                || "/?".indexOf(requestUri.charAt(prefix.length())) >= 0);
    }

    /** The service's request URI for the console's: the prefix replaced by the base URL's path; the query kept. */
    public String target(String requestUri) {
        if (!matches(requestUri)) {
            throw new IllegalArgumentException(requestUri + " is not under " + prefix);
        }
        String rest = requestUri.substring(prefix.length());
        String basePath = base.getRawPath() == null ? "" : base.getRawPath();
        if (basePath.endsWith("/")) {
            basePath = basePath.substring(0, basePath.length() - 1);
        }
        String path = basePath + rest;
        if (path.isEmpty() || path.startsWith("?")) {
            path = "/" + path;
        }
        return path;
    }
}
