package vn.laocai.gate.customs.agency;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What every agency system offers at its base path: take a message (its submission id makes a repeat
 * harmless), and list the answers given under a reference. Bodies travel as exact strings.
 */
public interface AgencyApi {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response submit(String message);

    @GET
    @Path("/{agencyReference}/answers")
    @Produces(MediaType.APPLICATION_JSON)
    Response answers(@PathParam("agencyReference") String agencyReference);
}
