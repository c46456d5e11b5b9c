package vn.laocai.gate.queue.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.laocai.gate.queue.application.TooManyBookingRequestsException;
import vn.laocai.gate.support.problem.ProblemException;
import vn.laocai.gate.support.problem.ProblemMappers;

import vn.laocai.gate.support.domain.Message;

import java.util.List;

/**
 * The queue's own refusals as problem details (service-support's mappers answer the shared ones:
 * rules, not found, invalid values): 429 for an account sending too many booking requests.
 */
public class QueueProblems {

    @ServerExceptionMapper
    public Response tooManyRequests(TooManyBookingRequestsException e, UriInfo uri) {
        return ProblemMappers.answer(new ProblemException(429, "too-many-requests", "Too many requests", e.getMessage(), List.of())
                .saying(Message.of("problem.too-many-requests").with("seconds", Math.max(1, e.retryAfter().toSeconds())), ""), uri);
    }
}
