package vn.laocai.gate.simulator.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.simulator.payment.PaymentDesk;

import java.util.Map;

/** The simulated payment and e-invoice provider's interface: charge an order, read a receipt. */
@Path("/payments/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payment and e-invoice provider (simulated)")
public class PaymentResource {

    private final PaymentDesk desk;

    public PaymentResource(PaymentDesk desk) {
        this.desk = desk;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Charge an order", description = "Charges at once and issues the e-invoice. The same orderId "
            + "answers the first receipt again (200) and charges nothing more.")
    @APIResponse(responseCode = "201", description = "Paid",
            content = @Content(schema = @Schema(implementation = PaymentDesk.Receipt.class), examples = @ExampleObject(name = "paid",
                    value = "{\"paymentReference\":\"PAY-5F2A9C31D0E4\",\"invoiceNumber\":\"1C26TLC-00000001\","
                            + "\"orderId\":\"6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f-v7-0\",\"amountVnd\":500000,"
                            + "\"paidAt\":\"2026-06-15T02:20:00Z\",\"status\":\"PAID\"}")))
    @APIResponse(responseCode = "200", description = "The order was paid before: its receipt")
    @APIResponse(responseCode = "400", description = "A field is wrong",
            content = @Content(examples = @ExampleObject(name = "amount",
                    value = "{\"status\":\"REFUSED\",\"error\":\"amountVnd: must be a positive whole number of VND\"}")))
    public Response pay(PaymentDesk.Order order) {
        try {
            PaymentDesk.Charge charge = desk.pay(order);
            return Response.status(charge.created() ? 201 : 200).entity(charge.receipt()).build();
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(Map.of("status", "REFUSED", "error", e.getMessage())).build();
        }
    }

    @GET
    @Path("/{paymentReference}")
    @Operation(summary = "Read a receipt", description = "The receipt of an order paid before, by its payment reference.")
    @APIResponse(responseCode = "200", description = "The receipt",
            content = @Content(schema = @Schema(implementation = PaymentDesk.Receipt.class)))
    @APIResponse(responseCode = "404", description = "Unknown payment reference")
    public Response receipt(@PathParam("paymentReference") String reference) {
        return desk.find(reference).map(r -> Response.ok(r).build()).orElse(Response.status(404).build());
    }
}
