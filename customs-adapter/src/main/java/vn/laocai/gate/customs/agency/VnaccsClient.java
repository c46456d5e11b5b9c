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
 * The port to Vietnam customs VNACCS/VCIS (rest client {@code vnaccs}): lodge a declaration
 * ({@link VnaccsSubmission}), poll its answers. Customs also pushes answers by callback.
 */
@RegisterRestClient(configKey = "vnaccs")
@Path("/vnaccs/v1/declarations")
public interface VnaccsClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response submit(String submission);

    @GET
    @Path("/{agencyReference}/answers")
    @Produces(MediaType.APPLICATION_JSON)
    Response answers(@PathParam("agencyReference") String agencyReference);
}
