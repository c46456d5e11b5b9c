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
}
