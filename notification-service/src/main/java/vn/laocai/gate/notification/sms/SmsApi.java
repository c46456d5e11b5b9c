package vn.laocai.gate.notification.sms;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The SMS gateway's HTTP API (the agency simulator's {@code /sms} plays it locally). */
@Path("/sms/messages")
@RegisterRestClient(configKey = "sms-gateway")
@ClientHeaderParam(name = "X-API-Key", value = "${gate.notification.sms.api-key}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface SmsApi {

    @POST
    Accepted send(Message message);

    @GET
    @Path("/{id}")
    Status status(@PathParam("id") String messageId);

    /** One message: E.164 number, text, {@code GSM7} or {@code UCS2}, and the sender's reference. */
    record Message(String to, String text, String encoding, String clientRef) {
    }

    /** A message as the gateway keeps it: ACCEPTED, then DELIVERED or FAILED (with a reason). */
    record Status(String messageId, String status, String reason) {
    }

    /** The gateway's answer. */
    record Accepted(String messageId, int segments, String status) {
    }
}
