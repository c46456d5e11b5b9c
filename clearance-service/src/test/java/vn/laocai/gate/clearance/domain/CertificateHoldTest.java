package vn.laocai.gate.clearance.domain;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.ConsignmentHeld;
import vn.laocai.gate.events.ConsignmentHoldLifted;
import vn.laocai.gate.events.ConsignmentReadyForGate;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.support.domain.RuleViolation;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.laocai.gate.clearance.domain.DeclarationTest.at;
import static vn.laocai.gate.clearance.domain.DeclarationTest.of;
import static vn.laocai.gate.clearance.domain.CaseMother.T0;
import static vn.laocai.gate.clearance.domain.CaseMother.document;
import static vn.laocai.gate.clearance.domain.CaseMother.durianComplete;

/** A certificate the National Single Window found invalid holds the case until one of that type attached after it is verified valid. */
class CertificateHoldTest {

    static final String PHYTO = "PHYTOSANITARY_CERTIFICATE";
    static final String NUMBER = "VN-PHYTO-2026-118822";

    /** A complete durian export on the green channel whose e-Phyto the NSW found invalid. */
    static Declaration heldOnInvalidPhyto() {
        Declaration d = durianComplete();
        d.answer(new AgencyAnswer.ChannelAssigned(1, "GREEN", "VNACCS-1", at(50)));
        assertThat(d.clearance().readyForGate()).isTrue();
        d.drainEvents();
        d.answer(new AgencyAnswer.CertificateChecked(d.declarationVersion(), PHYTO, NUMBER, false, "No such e-Phyto", at(60)));
        return d;
    }

    static AttachedDocument file(DocumentType type, String number, String sha256) {
        return new AttachedDocument(UUID.randomUUID(), type, number, number + ".pdf", "application/pdf", 2048, sha256, "trader-lan", T0);
    }

    static Hold certificateHold(Declaration d) {
        return d.clearance().openHolds().stream().filter(h -> "certificate-invalid".equals(h.reasonCode())).findFirst().orElseThrow();
    }

    @Test
    void an_invalid_certificate_holds_saying_which_proof_lifts_it() {
        Declaration d = heldOnInvalidPhyto();

        assertThat(d.clearance().readyForGate()).isFalse();
        assertThat(of(d.drainEvents(), ConsignmentHeld.class)).singleElement().satisfies(e -> assertThat(e.step()).isEqualTo("DOCUMENTS"));
        Hold hold = certificateHold(d);
        assertThat(hold.awaits()).isEqualTo(HoldEvidence.VERIFIED_CERTIFICATE);
        assertThat(hold.awaitsDocument()).isEqualTo(DocumentType.PHYTOSANITARY_CERTIFICATE);
        assertThat(hold.liftsOnNextVersion()).isFalse();
    }

    @Test
    void neither_an_invoice_nor_an_amendment_nor_a_new_certificate_alone_lifts_it() {
        Declaration d = heldOnInvalidPhyto();

        d.attachDocument(document(DocumentType.INVOICE, "INV-2"), at(70));
        assertThat(d.clearance().readyForGate()).isFalse();
        d.attachDocument(file(DocumentType.PHYTOSANITARY_CERTIFICATE, "VN-PHYTO-2026-200001", "b".repeat(64)), at(80));
        assertThat(d.clearance().readyForGate()).isFalse();
        assertThat(certificateHold(d).open()).isTrue();
        assertThat(of(d.drainEvents(), ConsignmentHoldLifted.class)).isEmpty();
    }

    @Test
    void a_new_certificate_of_that_type_verified_valid_lifts_it_and_the_case_is_ready_again() {
        Declaration d = heldOnInvalidPhyto();
        d.attachDocument(file(DocumentType.PHYTOSANITARY_CERTIFICATE, "VN-PHYTO-2026-200001", "b".repeat(64)), at(70));
        int corrected = d.declarationVersion();
        d.drainEvents();

        d.answer(new AgencyAnswer.CertificateChecked(corrected, PHYTO, "VN-PHYTO-2026-200001", true, null, at(90)));

        assertThat(d.clearance().openHolds()).isEmpty();
        List<GateEvent> events = d.drainEvents();
        assertThat(of(events, ConsignmentHoldLifted.class)).singleElement().satisfies(e -> assertThat(e.liftedBy()).isEqualTo("NSW"));
        assertThat(of(events, ConsignmentReadyForGate.class)).hasSize(1);
    }

    @Test
    void a_corrected_file_under_the_same_number_is_answered_for_apart_from_the_first() {
        Declaration d = heldOnInvalidPhyto();
        d.attachDocument(file(DocumentType.PHYTOSANITARY_CERTIFICATE, NUMBER, "c".repeat(64)), at(70));
        int corrected = d.declarationVersion();

        // the first file's verdict again, about its own version: nothing changes
        d.answer(new AgencyAnswer.CertificateChecked(corrected - 1, PHYTO, NUMBER, false, "No such e-Phyto", at(75)));
        assertThat(d.clearance().openHolds()).hasSize(1);
        assertThat(d.clearance().readyForGate()).isFalse();

        d.answer(new AgencyAnswer.CertificateChecked(corrected, PHYTO, NUMBER, true, null, at(90)));
        assertThat(d.clearance().readyForGate()).isTrue();
        List<AttachedDocument> phytos = d.documents().attached().stream().filter(a -> a.type() == DocumentType.PHYTOSANITARY_CERTIFICATE).toList();
        assertThat(phytos).extracting(AttachedDocument::verified).containsExactly(false, true);
    }

    @Test
    void a_valid_answer_about_a_certificate_attached_before_the_invalid_one_lifts_nothing() {
        Declaration d = durianComplete();
        d.answer(new AgencyAnswer.ChannelAssigned(1, "GREEN", "VNACCS-1", at(50)));
        int first = d.declarationVersion();
        d.attachDocument(file(DocumentType.PHYTOSANITARY_CERTIFICATE, "VN-PHYTO-2026-300003", "d".repeat(64)), at(55));
        int second = d.declarationVersion();

        d.answer(new AgencyAnswer.CertificateChecked(second, PHYTO, "VN-PHYTO-2026-300003", false, "Revoked", at(60)));
        d.answer(new AgencyAnswer.CertificateChecked(first, PHYTO, NUMBER, true, null, at(65)));

        assertThat(certificateHold(d).open()).isTrue();
        assertThat(d.clearance().readyForGate()).isFalse();
    }

    @Test
    void a_later_certificate_verified_before_the_invalid_verdict_arrived_means_no_hold() {
        Declaration d = durianComplete();
        d.answer(new AgencyAnswer.ChannelAssigned(1, "GREEN", "VNACCS-1", at(50)));
        int first = d.declarationVersion();
        d.attachDocument(file(DocumentType.PHYTOSANITARY_CERTIFICATE, "VN-PHYTO-2026-200001", "b".repeat(64)), at(55));
        d.answer(new AgencyAnswer.CertificateChecked(d.declarationVersion(), PHYTO, "VN-PHYTO-2026-200001", true, null, at(60)));

        d.answer(new AgencyAnswer.CertificateChecked(first, PHYTO, NUMBER, false, "No such e-Phyto", at(65)));

        assertThat(d.clearance().openHolds()).isEmpty();
        assertThat(d.clearance().readyForGate()).isTrue();
    }

    @Test
    void no_officer_lifts_it_by_hand() {
        Declaration d = heldOnInvalidPhyto();
        int number = certificateHold(d).number();

        assertThatThrownBy(() -> d.lift(number, "kd-1", at(70)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("evidence-required"));
    }

    @Test
    void a_certificate_of_another_type_verified_valid_lifts_nothing() {
        Declaration d = heldOnInvalidPhyto();
        d.attachDocument(file(DocumentType.CERTIFICATE_OF_ORIGIN, "E2026-VN-1", "e".repeat(64)), at(70));

        d.answer(new AgencyAnswer.CertificateChecked(d.declarationVersion(), "CERTIFICATE_OF_ORIGIN", "E2026-VN-1", true, null, at(80)));

        assertThat(certificateHold(d).open()).isTrue();
    }

    @Test
    void another_agency_systems_refusal_still_lifts_on_the_next_version() {
        Declaration d = durianComplete();
        d.answer(new AgencyAnswer.ChannelAssigned(1, "GREEN", "VNACCS-1", at(50)));
        d.answer(new AgencyAnswer.VersionRefused(d.declarationVersion(), AgencyAnswer.NSW, "unreadable", at(60)));
        assertThat(d.clearance().readyForGate()).isFalse();

        d.attachDocument(document(DocumentType.INVOICE, "INV-2"), at(70));

        assertThat(d.clearance().readyForGate()).isTrue();
    }
}
