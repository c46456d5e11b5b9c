package vn.laocai.gate.clearance.application;

import jakarta.enterprise.context.ApplicationScoped;
import vn.laocai.gate.clearance.domain.CanonicalDecision;
import vn.laocai.gate.clearance.domain.SignedDecision;
import vn.laocai.gate.clearance.domain.SignedDecisionRepository;
import vn.laocai.gate.support.domain.NotFoundException;
import vn.laocai.gate.support.domain.RuleViolation;

import java.util.List;
import java.util.UUID;

/**
 * The signatures of officers' decisions: each decision is signed (by {@link DecisionSigner}, or by the officer's own
 * client, whose signature must then verify) and kept with its certificate, in the decision's transaction; a kept
 * decision is checked again from what is stored.
 */
@ApplicationScoped
public class SignedDecisions {

    private final DecisionSigner signer;
    private final SignedDecisionRepository decisions;

    public SignedDecisions(DecisionSigner signer, SignedDecisionRepository decisions) {
        this.signer = signer;
        this.decisions = decisions;
    }

    /**
     * Signs and keeps {@code decision}; a {@code submitted} signature (the officer's client signed) is kept only if it verifies.
     *
     * @throws RuleViolation {@code invalid-signature} (field {@code signature}) when the submitted signature does not verify
     */
    SignedDecision sign(CanonicalDecision decision, DecisionSignature submitted) {
        DecisionSignature signature = submitted == null ? signer.sign(decision) : submitted;
        if (submitted != null) {
            SignatureCheck check = signer.verify(decision, submitted);
            if (!check.valid()) {
                throw new RuleViolation("invalid-signature", "signature", "signature does not verify for this decision: " + check.problem());
            }
        }
        SignedDecision kept = new SignedDecision(decisions.nextNumber(decision.caseId()), decision, signature.jws(), signature.certificatePem());
        decisions.add(kept);
        return kept;
    }

    /** The check of decision {@code number} of a declaration, from what is stored. */
    public SignatureCheck verify(UUID declarationId, int number) {
        SignedDecision kept = decisions.find(declarationId, number)
                .orElseThrow(() -> new NotFoundException("Signed decision", declarationId + "/" + number));
        return signer.verify(kept.canonical(), new DecisionSignature(kept.signature(), kept.signerCertificate()));
    }

    public List<SignedDecision> list(UUID declarationId) {
        return decisions.list(declarationId);
    }
}
