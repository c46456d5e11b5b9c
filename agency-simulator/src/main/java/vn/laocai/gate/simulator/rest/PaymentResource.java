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

import static vn.laocai.gate.simulator.rest.Problems.PROBLEM_JSON;
import static vn.laocai.gate.simulator.rest.Problems.problem;

/** The simulated payment and e-invoice provider's interface: charge an order, read a receipt, refund part or all of a payment. */
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

    @POST
    @Path("/{paymentReference}/refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refund part or all of a payment", description = "Gives back amountVnd of the payment; the refunds "
            + "of a payment together never exceed what it charged. refundId is the idempotency key: the same refundId "
            + "answers the first refund again (200) and gives back nothing more.")
    @APIResponse(responseCode = "201", description = "Refunded",
            content = @Content(schema = @Schema(implementation = PaymentDesk.Refund.class), examples = @ExampleObject(name = "refunded",
                    value = "{\"refundReference\":\"RFD-3A7C0E19B2F4\",\"paymentReference\":\"PAY-5F2A9C31D0E4\","
                            + "\"refundId\":\"6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f-v8\",\"amountVnd\":200000,"
                            + "\"reason\":\"Fee reassessed lower\",\"refundedAt\":\"2026-06-15T03:10:00Z\",\"status\":\"REFUNDED\"}")))
    @APIResponse(responseCode = "200", description = "The same refundId was refunded before: that refund")
    @APIResponse(responseCode = "400", description = "A field is wrong (no refundId, an amount not positive or more than is left)",
            content = @Content(mediaType = PROBLEM_JSON, examples = @ExampleObject(name = "amount", value = "{\"type\":"
                    + "\"https://gate.laocai.vn/problems/validation\",\"title\":\"Invalid request\",\"status\":400,"
                    + "\"detail\":\"amountVnd: 600000 is more than the 500000 VND left of payment PAY-5F2A9C31D0E4\"}")))
    @APIResponse(responseCode = "404", description = "Unknown payment reference", content = @Content(mediaType = PROBLEM_JSON))
    public Response refund(@PathParam("paymentReference") String reference, PaymentDesk.RefundRequest request) {
        try {
            PaymentDesk.Refunding refunding = desk.refund(reference, request);
            return Response.status(refunding.created() ? 201 : 200).entity(refunding.refund()).build();
        } catch (PaymentDesk.UnknownPaymentException e) {
            return problem(404, "not-found", "Not found", e.getMessage());
        } catch (IllegalArgumentException e) {
            return problem(400, "validation", "Invalid request", e.getMessage());
        }
    }

    @GET
    @Path("/{paymentReference}/refunds/{refundReference}")
    @Operation(summary = "Read a refund", description = "A refund of the payment, by its refund reference.")
    @APIResponse(responseCode = "200", description = "The refund",
            content = @Content(schema = @Schema(implementation = PaymentDesk.Refund.class)))
    @APIResponse(responseCode = "404", description = "Unknown payment or refund reference", content = @Content(mediaType = PROBLEM_JSON))
    public Response refundOf(@PathParam("paymentReference") String reference, @PathParam("refundReference") String refundReference) {
        return desk.findRefund(reference, refundReference).map(r -> Response.ok(r).build())
                .orElseGet(() -> problem(404, "not-found", "Not found", "refund " + refundReference + " of payment " + reference
                        + " does not exist"));
    }
}
