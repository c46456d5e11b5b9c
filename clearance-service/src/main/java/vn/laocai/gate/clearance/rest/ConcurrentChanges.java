package vn.laocai.gate.clearance.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.laocai.gate.support.problem.Problem;
import vn.laocai.gate.support.problem.ProblemException;

/**
 * A declaration changed by someone else (an officer, an agency's answer) while a request changed it
 * too. The write endpoints retry a few times first; if it still collides, the caller gets a 409 to retry.
 */
public class ConcurrentChanges {

    /** How often a write endpoint tries again after a collision. */
    static final int RETRIES = 4;

    @ServerExceptionMapper
    public Response collided(OptimisticLockException e, UriInfo uri) {
        Problem problem = ProblemException.conflict("concurrent-change",
                "The declaration was changed at the same moment by someone else; send the request again").toProblem(uri.getPath());
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
