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
 * The port to the National Single Window (rest client {@code nsw}): ask for the verification of an
 * e-C/O or e-Phyto ({@link CertificateVerificationRequest}), poll the result. No callbacks.
 */
@RegisterRestClient(configKey = "nsw")
@Path("/nsw/v1/certificate-verifications")
public interface SingleWindowClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response submit(String request);

    @GET
    @Path("/{agencyReference}/answers")
    @Produces(MediaType.APPLICATION_JSON)
    Response answers(@PathParam("agencyReference") String agencyReference);
}
