package vn.laocai.gate.simulator.payment;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentDeskTest {

    final PaymentDesk desk = new PaymentDesk(Clock.fixed(Instant.parse("2026-06-15T02:20:00Z"), ZoneOffset.UTC));

    static PaymentDesk.Order order(String id, long amount) {
        return new PaymentDesk.Order(id, "5300123456", "Cong ty TNHH Nong san Lao Cai", amount, "Phi ha tang");
    }

    @Test
    void an_order_is_charged_once_with_a_reference_and_an_e_invoice_number() {
        PaymentDesk.Charge first = desk.pay(order("decl-1-v3-0", 500_000));
        PaymentDesk.Charge again = desk.pay(order("decl-1-v3-0", 500_000));

        assertThat(first.created()).isTrue();
        assertThat(first.receipt().paymentReference()).matches("PAY-[0-9A-F]{12}");
        assertThat(first.receipt().invoiceNumber()).isEqualTo("1C26TLC-00000001");
        assertThat(first.receipt().amountVnd()).isEqualTo(500_000);
        assertThat(again.created()).isFalse();
        assertThat(again.receipt()).isEqualTo(first.receipt());
        assertThat(desk.pay(order("decl-2-v1-0", 100_000)).receipt().invoiceNumber()).isEqualTo("1C26TLC-00000002");
        assertThat(desk.find(first.receipt().paymentReference())).contains(first.receipt());
    }

    @Test
    void a_wrong_order_is_refused_naming_the_field() {
        assertThatThrownBy(() -> desk.pay(order("decl-1", 0))).hasMessageStartingWith("amountVnd");
        assertThatThrownBy(() -> desk.pay(new PaymentDesk.Order("decl-1", "123", "X", 1, "d"))).hasMessageStartingWith("payerTaxCode");
        assertThatThrownBy(() -> desk.pay(order(" ", 1))).hasMessageStartingWith("orderId");
    }

    @Test
    void a_payment_is_refunded_once_per_refund_id_and_never_beyond_what_is_left() {
        PaymentDesk.Receipt paid = desk.pay(order("decl-1-v3-0", 500_000)).receipt();

        PaymentDesk.Refunding first = desk.refund(paid.paymentReference(), new PaymentDesk.RefundRequest("decl-1-v4", 200_000, "reassessed"));
        PaymentDesk.Refunding again = desk.refund(paid.paymentReference(), new PaymentDesk.RefundRequest("decl-1-v4", 200_000, "reassessed"));

        assertThat(first.created()).isTrue();
        assertThat(first.refund().refundReference()).matches("RFD-[0-9A-F]{12}");
        assertThat(first.refund().amountVnd()).isEqualTo(200_000);
        assertThat(first.refund().status()).isEqualTo("REFUNDED");
        assertThat(again.created()).as("a repeat of the same refundId").isFalse();
        assertThat(again.refund()).isEqualTo(first.refund());
        assertThat(desk.refundable(paid.paymentReference())).isEqualTo(300_000);
        assertThat(desk.findRefund(paid.paymentReference(), first.refund().refundReference())).contains(first.refund());
        assertThatThrownBy(() -> desk.refund(paid.paymentReference(), new PaymentDesk.RefundRequest("decl-1-v5", 300_001, "x")))
                .hasMessageStartingWith("amountVnd");
        assertThat(desk.refund(paid.paymentReference(), new PaymentDesk.RefundRequest("decl-1-v5", 300_000, "x")).created()).isTrue();
        assertThat(desk.refundable(paid.paymentReference())).isZero();
    }

    @Test
    void a_wrong_refund_is_refused_naming_the_field() {
        PaymentDesk.Receipt paid = desk.pay(order("decl-1", 500_000)).receipt();

        assertThatThrownBy(() -> desk.refund(paid.paymentReference(), new PaymentDesk.RefundRequest("r", 0, null)))
                .hasMessageStartingWith("amountVnd");
        assertThatThrownBy(() -> desk.refund(paid.paymentReference(), new PaymentDesk.RefundRequest(" ", 1, null)))
                .hasMessageStartingWith("refundId");
        assertThatThrownBy(() -> desk.refund("PAY-NONE", new PaymentDesk.RefundRequest("r", 1, null)))
                .isInstanceOf(PaymentDesk.UnknownPaymentException.class);
    }
}
