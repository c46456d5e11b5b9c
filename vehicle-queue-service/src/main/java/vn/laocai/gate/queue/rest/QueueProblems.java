package vn.laocai.gate.queue.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.laocai.gate.queue.application.TooManyBookingRequestsException;
import vn.laocai.gate.queue.domain.SlotUnavailable;
import vn.laocai.gate.support.i18n.RequestLanguage;
import vn.laocai.gate.support.problem.Problem;
import vn.laocai.gate.support.problem.ProblemException;
import vn.laocai.gate.support.problem.ProblemMappers;

import vn.laocai.gate.support.domain.Message;

import java.util.List;

/**
 * The queue's own refusals as problem details (service-support's mappers answer the shared ones:
 * rules, not found, invalid values): a full or closed slot with the free slots around it; 429 for an account
 * sending too many booking requests.
 */
public class QueueProblems {

    /**
     * A full or closed slot: the shared rule problem (409 {@code slot-full}, 422 {@code gate-closed}, in the reader's
     * language) with the nearest free slots before and after it as its extension members {@code before} and {@code after}.
     */
    @ServerExceptionMapper
    public Response slotUnavailable(SlotUnavailable e, UriInfo uri) {
        ProblemException problem = (e.isConflict()
                ? ProblemException.conflict(e.rule(), e.field(), e.getMessage())
                : ProblemException.rule(e.rule(), e.field(), e.getMessage())).saying(e.message(), "");
        Problem said = problem.toProblem(uri.getPath(), RequestLanguage.current());
        return Response.status(said.status()).type(Problem.MEDIA_TYPE)
                .entity(CalendarViews.SlotProblem.of(said, e.alternatives())).build();
    }

    @ServerExceptionMapper
    public Response tooManyRequests(TooManyBookingRequestsException e, UriInfo uri) {
        return ProblemMappers.answer(new ProblemException(429, "too-many-requests", "Too many requests", e.getMessage(), List.of())
                .saying(Message.of("problem.too-many-requests").with("seconds", Math.max(1, e.retryAfter().toSeconds())), ""), uri);
    }
}
