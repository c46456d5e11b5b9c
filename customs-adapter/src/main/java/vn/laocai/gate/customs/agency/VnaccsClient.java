package vn.laocai.gate.customs.agency;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import vn.laocai.gate.customs.application.AgencyRejectedException;

import java.util.List;

/** The VNACCS interface (configured as rest client {@code vnaccs}). */
@RegisterRestClient(configKey = "vnaccs")
@Path("/vnaccs/v1/declarations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface VnaccsClient {

    @POST
    VnaccsAcceptance submit(VnaccsSubmission submission);

    @GET
    @Path("/{agencyReference}/answers")
    List<VnaccsAnswer> answers(@PathParam("agencyReference") String agencyReference);

    /** 400, 404 and 422 are refusals no retry can change; anything else is the agency failing. */
    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        if (body.length() > 1000) {
            body = body.substring(0, 1000);
        }
        int status = response.getStatus();
        if (status == 400 || status == 404 || status == 422) {
            return new AgencyRejectedException("VNACCS answered " + status + ": " + body);
        }
        return new ClientWebApplicationException("VNACCS answered " + status + (body.isBlank() ? "" : ": " + body), status);
    }
}
