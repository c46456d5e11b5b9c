package vn.laocai.gate.clearance.domain;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.support.i18n.Language;
import vn.laocai.gate.support.i18n.PlatformTexts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laocai.gate.clearance.domain.CaseMother.CONSENT;
import static vn.laocai.gate.clearance.domain.CaseMother.durianComplete;
import static vn.laocai.gate.clearance.domain.CaseMother.durianMissingPhyto;
import static vn.laocai.gate.clearance.domain.DeclarationTest.at;

/** Every hold keeps its reason as a stable code and a catalogue message, said to each reader in their language. */
class HoldReasonTest {

    private static String said(Language language, Hold hold) {
        return PlatformTexts.render(language, hold.said());
    }

    private static String line(Language language, Declaration d, String step) {
        return d.timeline().stream().filter(e -> e.step().equals(step)).reduce((a, b) -> b)
                .map(e -> PlatformTexts.render(language, e.said())).orElseThrow();
    }

    @Test
    void missing_documents_are_named_in_the_readers_language() {
        Declaration d = durianMissingPhyto();

        Hold hold = d.clearance().openHolds().get(0);
        assertThat(hold.reasonCode()).isEqualTo("documents-missing");
        assertThat(hold.reason()).startsWith("Missing documents: CERTIFICATE_OF_ORIGIN, INVOICE, ");
        assertThat(said(Language.ZH, hold)).startsWith("缺少单证：原产地证书、发票、").contains("植物检疫证书").doesNotContain("_");
        assertThat(said(Language.VI, hold)).startsWith("Thiếu chứng từ: ").contains("Giấy chứng nhận kiểm dịch thực vật");
        assertThat(said(Language.EN, hold)).startsWith("Missing documents: Certificate of origin, Invoice, ");
        assertThat(line(Language.ZH, d, "HOLD_PLACED")).isEqualTo("在单证环节扣留：" + said(Language.ZH, hold));
    }

    @Test
    void an_officers_reason_is_shown_as_typed_and_its_lifting_is_told_in_the_language() {
        Declaration d = durianComplete();

        Hold hold = d.hold("PLANT_QUARANTINE", " Sample sent to the laboratory ", "kd-1", at(100));
        d.lift(hold.number(), "kd-1", at(200));

        assertThat(hold.reasonCode()).isEqualTo("officer");
        assertThat(said(Language.ZH, hold)).isEqualTo("Sample sent to the laboratory");
        assertThat(line(Language.ZH, d, "HOLD_LIFTED")).isEqualTo("植物检疫环节的扣留已解除：Sample sent to the laboratory");
    }

    @Test
    void a_withdrawn_consent_and_a_cancelled_booking_say_what_to_do_in_chinese() {
        Declaration d = durianComplete();
        String booking = d.bookingCodes().get(0);

        d.bookingCancelled(booking, "NO_SHOW", at(50));
        d.bookingConsentWithdrawn(booking, CONSENT, at(60));

        assertThat(d.clearance().openHolds()).extracting(Hold::reasonCode).contains("booking-cancelled");
        assertThat(d.clearance().openHolds()).filteredOn(h -> "booking-cancelled".equals(h.reasonCode())).singleElement()
                .satisfies(h -> assertThat(said(Language.ZH, h)).isEqualTo("预约 " + booking + " 已取消（车辆未到）；请修改预约"));
    }

    @Test
    void an_escalated_handoff_holds_with_the_time_in_gate_time() {
        Declaration d = durianComplete();

        d.answer(new AgencyAnswer.HandoffOverdue(1, "VNACCS", "OVERDUE", "ESCALATED", "no answer", at(900)));

        Hold hold = d.clearance().openHolds().get(0);
        assertThat(hold.reasonCode()).isEqualTo("agency-overdue");
        assertThat(said(Language.EN, hold)).isEqualTo("Waiting for VNACCS: overdue since 08:15 15/06/2026 (Vietnam time, UTC+7) "
                + "(no answer); escalated to the customs officers");
    }
}
