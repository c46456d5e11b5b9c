package vn.laocai.gate.support.i18n;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * The language of the request being answered, from its {@code Accept-Language} ({@link Language#negotiate}),
 * and the {@code Content-Language} every answer says it in.
 */
public class RequestLanguage {

    /** The language of the request this thread answers; the default outside a request. */
    public static Language current() {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        if (request == null) {
            return Language.DEFAULT;
        }
        return Language.negotiate(request.getHttpHeaders().getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** Says the answer's language, unless a resource said another. */
    @ServerResponseFilter
    public void contentLanguage(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CONTENT_LANGUAGE)) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE,
                    Language.negotiate(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).code());
        }
    }
}
