package vn.laocai.gate.simulator.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.laocai.gate.simulator.agency.Rejection;
import vn.laocai.gate.simulator.agency.SubmissionRejectedException;
import vn.laocai.gate.simulator.faults.AgencyUnavailableException;

import java.util.List;

/** Answers refused requests the way the simulated agency does: a Rejection body naming the fields. */
public class RejectionMappers {

    @ServerExceptionMapper
    public Response rejected(SubmissionRejectedException e) {
        return respond(400, e.rejection());
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return respond(400, Rejection.of(List.of(new Rejection.Error("", "the body is not a readable declaration: "
                + e.getOriginalMessage()))));
    }

    /** A value of the wrong type; Quarkus has its own mapper for exactly this class, so it is named here too. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    /** Quarkus REST reports some unreadable bodies as a plain 400 before Jackson's exception reaches us. */
    @ServerExceptionMapper
    public Response badRequest(WebApplicationException e) {
        if (e.getResponse().getStatus() != 400) {
            return e.getResponse();
        }
        return respond(400, Rejection.of(List.of(new Rejection.Error("", "the body is not a readable declaration: "
                + e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response unknown(UnknownReferenceException e) {
        return respond(404, Rejection.of(List.of(new Rejection.Error("agencyReference",
                "no declaration lodged as " + e.getMessage()))));
    }

    /** A simulated outage. */
    @ServerExceptionMapper
    public Response unavailable(AgencyUnavailableException e) {
        return Response.status(503).type(MediaType.APPLICATION_JSON)
                .entity(java.util.Map.of("status", "UNAVAILABLE", "message", e.getMessage())).build();
    }

    private static Response respond(int status, Rejection rejection) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(rejection).build();
    }
}
