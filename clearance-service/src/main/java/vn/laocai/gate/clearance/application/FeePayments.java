package vn.laocai.gate.clearance.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.laocai.gate.clearance.domain.Declaration;

import java.util.UUID;

/**
 * Pays a consignment's fee through the payment provider: the order is read in one transaction, the
 * provider called outside any (it may be slow), and its receipt recorded in another. The order id
 * makes a retry after a failure pay once.
 */
@ApplicationScoped
public class FeePayments {

    private static final Logger LOG = Logger.getLogger(FeePayments.class);

    private final FeeOrders orders;
    private final PaymentProvider provider;

    public FeePayments(FeeOrders orders, PaymentProvider provider) {
        this.orders = orders;
        this.provider = provider;
    }

    /**
     * Pays what is due.
     *
     * @throws FeePaymentFailedException when the provider refuses or cannot be reached (nothing is recorded; try again)
     */
    public Declaration pay(UUID id, String payer, boolean officer) {
        PaymentProvider.Order order = orders.order(id, payer, officer);
        PaymentProvider.Receipt receipt;
        try {
            receipt = provider.pay(order);
        } catch (PaymentProvider.PaymentFailedException e) {
            LOG.warnf("Payment of %s failed: %s", order.orderId(), e.getMessage());
            orders.failed(id, order, payer, e.getMessage());
            throw new FeePaymentFailedException(e.getMessage(), e);
        }
        LOG.infof("Fee of declaration %s paid: %d VND, payment %s, e-invoice %s", id, receipt.amountVnd(),
                receipt.paymentReference(), receipt.invoiceNumber());
        return orders.paid(id, receipt, payer);
    }
}
