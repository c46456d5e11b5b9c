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

/**
 * The port to the plant/animal quarantine system (rest client {@code quarantine}): register a
 * consignment for inspection ({@link QuarantineRequest}), poll its decisions. It also pushes them by callback.
 */
@RegisterRestClient(configKey = "quarantine")
@Path("/quarantine/v1/inspection-requests")
public interface QuarantineClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response submit(String request);

    @GET
    @Path("/{agencyReference}/answers")
    @Produces(MediaType.APPLICATION_JSON)
    Response answers(@PathParam("agencyReference") String agencyReference);
}
