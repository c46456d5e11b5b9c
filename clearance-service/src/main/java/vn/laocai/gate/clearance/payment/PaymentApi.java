package vn.laocai.gate.clearance.payment;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;

/** The payment and e-invoice provider's HTTP API (the agency simulator plays it locally). */
@Path("/payments/v1/payments")
@RegisterRestClient(configKey = "payment")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface PaymentApi {

    @POST
    PaymentResult pay(PaymentRequest request);

    @POST
    @Path("/{paymentReference}/refunds")
    RefundResult refund(@PathParam("paymentReference") String paymentReference, RefundRequest request);

    /** A refund of part of a payment; {@code refundId} is the idempotency key. */
    record RefundRequest(String refundId, long amountVnd, String reason) {
    }

    /** The provider's refund. */
    record RefundResult(String refundReference, String paymentReference, long amountVnd, Instant refundedAt, String status) {
    }

    /** A charge; {@code orderId} is the idempotency key. */
    record PaymentRequest(String orderId, String payerTaxCode, String payerName, long amountVnd, String description) {
    }

    /** The provider's receipt, with the signed e-invoice XML. */
    record PaymentResult(String paymentReference, String invoiceNumber, long amountVnd, Instant paidAt, String status, String invoiceXml) {
    }
}
