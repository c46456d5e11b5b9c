package vn.laocai.gate.clearance.signing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.gate.clearance.application.DecisionSignature;
import vn.laocai.gate.clearance.application.SignatureCheck;
import vn.laocai.gate.clearance.domain.CanonicalDecision;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Officers' decisions signed by the development CA's certificates and checked again from what was kept. */
class LocalDecisionSignerTest {

    static final UUID CASE = UUID.fromString("6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f");
    static final Instant FIXED = Instant.parse("2026-12-01T03:15:42.123Z");
    /** Signed now: an officer's certificate is valid from when it is issued. */
    static final Instant AT = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    static final CanonicalDecision DECISION = new CanonicalDecision(CASE, "PLANT_QUARANTINE", "PASS", "Fruit \"free\" of pests", AT, "kd-officer");

    @TempDir
    Path ca;

    @Test
    void the_canonical_decision_is_one_text_with_sorted_members() {
        assertThat(new CanonicalDecision(CASE, "PLANT_QUARANTINE", "PASS", "Fruit \"free\" of pests", FIXED, "kd-officer").json()).isEqualTo("{\"case\":\"6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f\",\"decision\":\"PASS\","
                + "\"officer\":\"kd-officer\",\"reason\":\"Fruit \\\"free\\\" of pests\",\"step\":\"PLANT_QUARANTINE\","
                + "\"time\":\"2026-12-01T03:15:42.123Z\"}");
        assertThat(new CanonicalDecision(CASE, "CUSTOMS", "RELEASE", null, FIXED.plusNanos(999), "hq-1").json())
                .contains("\"reason\":null", "\"time\":\"2026-12-01T03:15:42.123Z\"");
    }

    @Test
    void a_decision_signed_with_the_officers_certificate_verifies() {
        LocalDecisionSigner signer = new LocalDecisionSigner(ca);
        DecisionSignature signature = signer.sign(DECISION);

        SignatureCheck check = signer.verify(DECISION, signature);

        assertThat(check.valid()).as(check.problem()).isTrue();
        assertThat(check.signer()).contains("CN=kd-officer");
        assertThat(check.issuer()).contains("development CA");
        assertThat(signature.jws()).contains("..").startsWith("eyJ");
        assertThat(signature.certificatePem()).startsWith("-----BEGIN CERTIFICATE-----");
        // the CA is kept: a signer started again (a restart) still verifies what was signed before
        assertThat(new LocalDecisionSigner(ca).verify(DECISION, signature).valid()).isTrue();
    }

    @Test
    void changing_any_one_field_fails_verification() {
        LocalDecisionSigner signer = new LocalDecisionSigner(ca);
        DecisionSignature signature = signer.sign(DECISION);
        for (CanonicalDecision changed : List.of(
                new CanonicalDecision(UUID.randomUUID(), "PLANT_QUARANTINE", "PASS", "Fruit \"free\" of pests", AT, "kd-officer"),
                new CanonicalDecision(CASE, "HEALTH_QUARANTINE", "PASS", "Fruit \"free\" of pests", AT, "kd-officer"),
                new CanonicalDecision(CASE, "PLANT_QUARANTINE", "FAIL", "Fruit \"free\" of pests", AT, "kd-officer"),
                new CanonicalDecision(CASE, "PLANT_QUARANTINE", "PASS", "Fruit \"free\" of pest", AT, "kd-officer"),
                new CanonicalDecision(CASE, "PLANT_QUARANTINE", "PASS", null, AT, "kd-officer"),
                new CanonicalDecision(CASE, "PLANT_QUARANTINE", "PASS", "Fruit \"free\" of pests", AT.plusMillis(1), "kd-officer"))) {
            assertThat(signer.verify(changed, signature).valid()).as(changed.json()).isFalse();
        }
        SignatureCheck otherOfficer = signer.verify(new CanonicalDecision(CASE, "PLANT_QUARANTINE", "PASS", "Fruit \"free\" of pests", AT,
                "hq-1"), signature);
        assertThat(otherOfficer.valid()).isFalse();
        assertThat(otherOfficer.problem()).contains("not the deciding officer's");
    }

    @Test
    void a_wrong_signature_or_a_certificate_of_another_authority_does_not_verify(@TempDir Path elsewhere) {
        LocalDecisionSigner signer = new LocalDecisionSigner(ca);
        DecisionSignature signature = signer.sign(DECISION);
        DecisionSignature foreign = new LocalDecisionSigner(elsewhere).sign(DECISION);

        assertThat(signer.verify(DECISION, new DecisionSignature("eyJhbGciOiJFUzI1NiJ9..AAAA", signature.certificatePem())).valid()).isFalse();
        assertThat(signer.verify(DECISION, new DecisionSignature(signature.jws(), "not a certificate")).valid()).isFalse();
        assertThat(signer.verify(DECISION, foreign).problem()).contains("not issued by the trusted authority");
        assertThat(signer.verify(DECISION, new DecisionSignature(foreign.jws(), signature.certificatePem())).valid()).isFalse();
    }
}
