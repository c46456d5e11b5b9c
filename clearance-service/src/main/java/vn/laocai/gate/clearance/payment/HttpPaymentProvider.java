package vn.laocai.gate.clearance.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.laocai.gate.clearance.application.PaymentProvider;

/** {@link PaymentProvider} over the provider's HTTP API. */
@ApplicationScoped
public class HttpPaymentProvider implements PaymentProvider {

    private final PaymentApi api;

    public HttpPaymentProvider(@RestClient PaymentApi api) {
        this.api = api;
    }

    @Override
    public Receipt pay(Order order) {
        PaymentApi.PaymentResult result = call(() -> api.pay(new PaymentApi.PaymentRequest(order.orderId(), order.payerTaxCode(),
                order.payerName(), order.amountVnd(), order.description())));
        if (!"PAID".equals(result.status())) {
            throw new PaymentFailedException("the provider answered " + result.status(), null);
        }
        return new Receipt(result.paymentReference(), result.invoiceNumber(), result.amountVnd(), result.paidAt(), result.invoiceXml());
    }

    @Override
    public Refunded refund(RefundOrder order) {
        PaymentApi.RefundResult result = call(() -> api.refund(order.paymentReference(),
                new PaymentApi.RefundRequest(order.refundId(), order.amountVnd(), order.reason())));
        if (!"REFUNDED".equals(result.status())) {
            throw new PaymentFailedException("the provider answered " + result.status(), null);
        }
        return new Refunded(result.refundReference(), result.amountVnd(), result.refundedAt());
    }

    /** A call to the provider, its refusal or absence a {@link PaymentFailedException}. */
    private static <T> T call(java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            throw new PaymentFailedException("the provider refused with HTTP " + e.getResponse().getStatus(), e);
        } catch (ProcessingException e) {
            throw new PaymentFailedException("the provider cannot be reached", e);
        }
    }
}
