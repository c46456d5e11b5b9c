package vn.laocai.gate.clearance.documents;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.clearance.domain.DocumentSignature;
import vn.laocai.gate.clearance.domain.SignatureStatus;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every signature of an uploaded PDF checked: valid, altered in its signed bytes, updated after signing, untrusted, none, unreadable. */
class PdfSignaturesTest {

    static final SignedPdfs.Authority ISSUERS = SignedPdfs.Authority.named("CN=Test issuing CA,O=Plant Protection Department,C=VN");
    static final SignedPdfs.Authority STRANGER = SignedPdfs.Authority.named("CN=Some other CA,C=VN");
    static final SignedPdfs.Signer PPD = ISSUERS.issue("CN=Sub-Department of Plant Quarantine Region 9,O=PPD,C=VN");

    private final PdfSignatures signatures = new PdfSignatures(() -> List.of(ISSUERS.certificate()));

    @Test
    void a_pdf_signed_by_a_signer_of_the_trust_list_is_valid_with_its_signer_and_time() {
        DocumentSignature checked = signatures.check(SignedPdfs.sign(SignedPdfs.unsigned("VN-PHYTO-2026-118822"), PPD));

        assertThat(checked.status()).isEqualTo(SignatureStatus.SIGNED_VALID);
        assertThat(checked.signer()).contains("CN=Sub-Department of Plant Quarantine Region 9");
        assertThat(checked.signedAt()).isNotNull();
        assertThat(checked.count()).isEqualTo(1);
        assertThat(checked.problem()).isNull();
    }

    @Test
    void one_byte_changed_inside_the_signed_range_is_altered() {
        byte[] signed = SignedPdfs.sign(SignedPdfs.unsigned("VN-PHYTO-2026-118822"), PPD);
        int at = indexOf(signed, "VN-PHYTO-2026-118822".getBytes(StandardCharsets.US_ASCII));
        signed[at + "VN-PHYTO-2026-11882".length()] = '9';

        DocumentSignature checked = signatures.check(signed);

        assertThat(checked.status()).isEqualTo(SignatureStatus.SIGNED_ALTERED);
        assertThat(checked.problem()).contains("do not match");
    }

    @Test
    void an_incremental_update_appended_after_signing_is_a_change_after_signing() {
        byte[] signed = SignedPdfs.sign(SignedPdfs.unsigned("VN-PHYTO-2026-118822"), PPD);
        byte[] updated = SignedPdfs.updatedAfterSigning(signed, "VN-PHYTO-2026-999999");
        assertThat(updated.length).isGreaterThan(signed.length);

        DocumentSignature checked = signatures.check(updated);

        assertThat(checked.status()).isEqualTo(SignatureStatus.SIGNED_ALTERED);
        assertThat(checked.problem()).contains("changed after signing");
        assertThat(checked.signer()).contains("Plant Quarantine Region 9");
    }

    @Test
    void a_signer_whose_chain_ends_outside_the_trust_list_is_untrusted() {
        DocumentSignature checked = signatures.check(SignedPdfs.sign(SignedPdfs.unsigned("VN-CO-2026-1"), STRANGER.issue("CN=Someone,C=VN")));

        assertThat(checked.status()).isEqualTo(SignatureStatus.SIGNED_UNTRUSTED);
        assertThat(checked.problem()).contains("trust list");
        assertThat(checked.signer()).contains("CN=Someone");
    }

    @Test
    void without_a_trust_list_every_signer_is_untrusted() {
        DocumentSignature checked = new PdfSignatures(List::of).check(SignedPdfs.sign(SignedPdfs.unsigned("VN-CO-2026-2"), PPD));

        assertThat(checked.status()).isEqualTo(SignatureStatus.SIGNED_UNTRUSTED);
        assertThat(checked.problem()).contains("no trust list");
    }

    @Test
    void a_pdf_without_signatures_is_unsigned() {
        assertThat(signatures.check(SignedPdfs.unsigned("INV-2026-0042")).status()).isEqualTo(SignatureStatus.UNSIGNED);
    }

    @Test
    void garbage_bytes_that_begin_as_a_pdf_are_unreadable() {
        DocumentSignature checked = signatures.check("%PDF-1.7\nthis is no PDF at all \u0000\u0001\u0002".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(checked.status()).isEqualTo(SignatureStatus.UNREADABLE);
        assertThat(checked.problem()).startsWith("not a PDF");
    }

    static int indexOf(byte[] in, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= in.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
