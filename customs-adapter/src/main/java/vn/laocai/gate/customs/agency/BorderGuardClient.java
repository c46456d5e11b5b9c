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
 * The port to the border guard's system (rest client {@code border-guard}): announce a vehicle and
 * its driver at the gate ({@link BorderCrossingRequest}), poll the immigration check. No callbacks.
 */
@RegisterRestClient(configKey = "border-guard")
@Path("/border-guard/v1/crossings")
public interface BorderGuardClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response submit(String request);

    @GET
    @Path("/{agencyReference}/answers")
    @Produces(MediaType.APPLICATION_JSON)
    Response answers(@PathParam("agencyReference") String agencyReference);
}
