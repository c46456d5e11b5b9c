package vn.laocai.gate.queue.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.laocai.gate.support.problem.Problem;
import vn.laocai.gate.support.problem.ProblemException;

/**
 * A booking changed by someone else between reading and writing it (an officer's action while a
 * clearance event is applied, say): 409, to be tried again on the fresh state, instead of a 500.
 */
public class ConcurrentChangeMapper {

    @ServerExceptionMapper
    public Response concurrent(OptimisticLockException e, UriInfo uri) {
        Problem problem = ProblemException.conflict("concurrent-change",
                "the booking was changed at the same moment by another action; read it again and retry").toProblem(uri.getPath());
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
