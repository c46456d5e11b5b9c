package vn.laocai.gate.simulator.payment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.gate.simulator.store.JsonLines;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payment provider's receipts survive a restart of the simulator: a desk started anew on the journal
 * another wrote (a test cannot restart the application) knows every payment, charges no order twice and
 * goes on numbering invoices from the last.
 */
class PaymentStoreTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T02:20:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    PaymentDesk deskOn(Path file) {
        return new PaymentDesk(CLOCK, new JsonLines(Optional.of(file), JSON), null);
    }

    static PaymentDesk.Order order(String id, long amount) {
        return new PaymentDesk.Order(id, "5300123456", "Cong ty TNHH Nong san Lao Cai", amount, "Phi ha tang");
    }

    @Test
    void a_desk_started_anew_knows_every_payment_charges_no_order_twice_and_numbers_invoices_on() {
        Path file = folder.resolve("agency-simulator").resolve(PaymentDesk.JOURNAL);
        PaymentDesk before = deskOn(file);
        PaymentDesk.Receipt first = before.pay(order("decl-1", 500_000)).receipt();
        PaymentDesk.Receipt second = before.pay(order("decl-2", 100_000)).receipt();

        PaymentDesk after = deskOn(file);

        assertThat(after.find(first.paymentReference())).contains(first);
        assertThat(after.find(second.paymentReference())).contains(second);
        PaymentDesk.Charge again = after.pay(order("decl-1", 500_000));
        assertThat(again.created()).as("paid before the restart").isFalse();
        assertThat(again.receipt()).isEqualTo(first);
        assertThat(after.pay(order("decl-3", 250_000)).receipt().invoiceNumber()).isEqualTo("1C26TLC-00000003");
        assertThat(deskOn(folder.resolve("elsewhere.jsonl")).find(first.paymentReference())).as("another store").isEmpty();
    }

    @Test
    void a_last_line_cut_short_by_a_crash_is_left_out_and_what_follows_is_kept() throws IOException {
        Path file = folder.resolve(PaymentDesk.JOURNAL);
        PaymentDesk.Receipt kept = deskOn(file).pay(order("decl-1", 500_000)).receipt();
        Files.writeString(file, "{\"paymentReference\":\"PAY-CUT", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        PaymentDesk after = deskOn(file);
        PaymentDesk.Receipt next = after.pay(order("decl-2", 100_000)).receipt();

        assertThat(after.find(kept.paymentReference())).contains(kept);
        assertThat(deskOn(file).find(next.paymentReference())).contains(next);
    }

    @Test
    void without_a_store_nothing_is_kept() {
        PaymentDesk.Receipt paid = new PaymentDesk(CLOCK, JsonLines.none(), null).pay(order("decl-1", 500_000)).receipt();

        assertThat(new PaymentDesk(CLOCK, JsonLines.none(), null).find(paid.paymentReference())).isEmpty();
    }

    @Test
    void refunds_survive_a_restart_and_a_repeat_after_it_gives_nothing_more_back() {
        Path payments = folder.resolve(PaymentDesk.JOURNAL);
        Path refunds = folder.resolve(PaymentDesk.REFUNDS_JOURNAL);
        PaymentDesk before = new PaymentDesk(CLOCK, new JsonLines(Optional.of(payments), JSON), new JsonLines(Optional.of(refunds), JSON), null);
        PaymentDesk.Receipt paid = before.pay(order("decl-1", 500_000)).receipt();
        PaymentDesk.Refund refund = before.refund(paid.paymentReference(), new PaymentDesk.RefundRequest("decl-1-v2", 200_000, "reassessed")).refund();

        PaymentDesk after = new PaymentDesk(CLOCK, new JsonLines(Optional.of(payments), JSON), new JsonLines(Optional.of(refunds), JSON), null);

        assertThat(after.findRefund(paid.paymentReference(), refund.refundReference())).contains(refund);
        PaymentDesk.Refunding again = after.refund(paid.paymentReference(), new PaymentDesk.RefundRequest("decl-1-v2", 200_000, "reassessed"));
        assertThat(again.created()).as("refunded before the restart").isFalse();
        assertThat(again.refund()).isEqualTo(refund);
        assertThat(after.refundable(paid.paymentReference())).isEqualTo(300_000);
    }
}
