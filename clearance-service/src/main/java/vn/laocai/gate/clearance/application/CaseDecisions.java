package vn.laocai.gate.clearance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.laocai.gate.clearance.domain.CanonicalDecision;
import vn.laocai.gate.clearance.domain.ClearanceStep;
import vn.laocai.gate.clearance.domain.DecisionSource;
import vn.laocai.gate.clearance.domain.SignedDecision;
import vn.laocai.gate.events.ClearanceStepDecided;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.DeclarationRepository;
import vn.laocai.gate.clearance.domain.Hold;
import vn.laocai.gate.clearance.domain.InspectionOutcome;
import vn.laocai.gate.clearance.domain.SplitLine;
import vn.laocai.gate.clearance.domain.StepDecision;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Officers' use cases on a clearance case: decisions on their step, holds and their lifting; each in one transaction. */
@ApplicationScoped
public class CaseDecisions {

    private final DeclarationRepository declarations;
    private final DeclarationChanges changes;
    /** How far the time an officer's client signed at may be from the platform's clock. */
    static final int SIGNED_AT_SKEW_MINUTES = 5;

    private final SignedDecisions signatures;
    private final Clock clock;

    public CaseDecisions(DeclarationRepository declarations, DeclarationChanges changes, SignedDecisions signatures, Clock clock) {
        this.declarations = declarations;
        this.changes = changes;
        this.signatures = signatures;
        this.clock = clock;
    }

    /** An officer decides on a step, signed by the platform with the officer's key. */
    @Transactional
    public Declaration decide(UUID id, ClearanceStep step, StepDecision decision, String officer, String reason) {
        return decide(id, step, decision, officer, reason, null, null);
    }

    /**
     * An officer decides on a step: the decision is signed ({@code submitted}: the officer's client signed it, and it must
     * verify, over the time {@code signedAt} it signed at, at most {@value #SIGNED_AT_SKEW_MINUTES} minutes from now) and kept
     * with its signature and certificate, which its {@link ClearanceStepDecided} carries.
     *
     * @throws RuleViolation {@code invalid-signature} (field {@code signature}) when a submitted signature does not verify,
     *                       {@code signed-at-out-of-range} (field {@code signedAt}) when its time is missing or not now
     */
    @Transactional
    public Declaration decide(UUID id, ClearanceStep step, StepDecision decision, String officer, String reason,
                              DecisionSignature submitted, Instant signedAt) {
        Declaration declaration = declarations.existing(id);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        if (submitted != null) {
            if (signedAt == null || Duration.between(signedAt, now).abs().toMinutes() >= SIGNED_AT_SKEW_MINUTES) {
                throw new RuleViolation("signed-at-out-of-range", "signedAt", "signedAt: a signed decision names the time it was "
                        + "signed, within " + SIGNED_AT_SKEW_MINUTES + " minutes of the platform's clock");
            }
            now = signedAt.truncatedTo(ChronoUnit.MILLIS);
        }
        declaration.decide(step, decision, officer, reason, now);
        SignedDecision signed = signatures.sign(new CanonicalDecision(id, step.name(), decision.name(), reason, now, officer), submitted);
        changes.publish(declaration, event -> event instanceof ClearanceStepDecided d && d.step().equals(step.name())
                && officer.equals(d.decidedBy()) && DecisionSource.OFFICER.name().equals(d.source())
                ? d.signed(signed.signature(), signed.signerCertificate()) : event);
        return DeclarationChanges.loaded(declaration);
    }

    /**
     * An officer of a failed step's agency records what becomes of the goods ({@link Declaration#recordOutcome}); the
     * outcome is signed as a decision ({@code OUTCOME_<outcome>}) with the officer's key, like a step decision.
     */
    @Transactional
    public Declaration recordOutcome(UUID id, ClearanceStep step, InspectionOutcome outcome, InspectionOutcome disposal,
                                     List<SplitLine> lines, String officer, String reason) {
        Declaration declaration = declarations.existing(id);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        declaration.recordOutcome(step, outcome, disposal, lines, reason, officer, now);
        SignedDecision signed = signatures.sign(new CanonicalDecision(id, step.name(), "OUTCOME_" + outcome.name(), reason, now, officer), null);
        changes.publish(declaration, event -> event instanceof ClearanceStepDecided d && d.step().equals(step.name())
                && officer.equals(d.decidedBy()) && DecisionSource.OFFICER.name().equals(d.source())
                ? d.signed(signed.signature(), signed.signerCertificate()) : event);
        return DeclarationChanges.loaded(declaration);
    }

    /**
     * An officer of the outcome's step's agency records it carried out ({@link Declaration#outcomeCarriedOut}).
     *
     * @throws RuleViolation {@code not-your-outcome} when the outcome is another agency's
     */
    @Transactional
    public Declaration outcomeCarriedOut(UUID id, int number, String officerStep, String officer, String reference) {
        Declaration declaration = declarations.existing(id);
        declaration.clearance().outcomes().stream().filter(o -> o.number() == number && !o.step().name().equals(officerStep))
                .findFirst().ifPresent(o -> {
                    throw new RuleViolation("not-your-outcome", "number", "number: outcome " + number + " is on " + o.step()
                            + "; only that agency records it carried out").with("number", number).with("step", o.step());
                });
        declaration.outcomeCarriedOut(number, reference, officer, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
        changes.publish(declaration);
        return DeclarationChanges.loaded(declaration);
    }

    /** An officer holds the consignment on their step. */
    @Transactional
    public Hold hold(UUID id, String step, String reason, String officer) {
        Declaration declaration = declarations.existing(id);
        Hold hold = declaration.hold(step, reason, officer, Instant.now(clock));
        changes.publish(declaration);
        return hold;
    }

    /**
     * An officer lifts a hold of their step.
     *
     * @throws RuleViolation when the hold is on another agency's step
     */
    @Transactional
    public Declaration lift(UUID id, int holdNumber, String officerStep, String officer) {
        Declaration declaration = declarations.existing(id);
        declaration.clearance().holds().stream().filter(h -> h.number() == holdNumber && !h.step().equals(officerStep))
                .findFirst().ifPresent(h -> {
                    throw new RuleViolation("not-your-hold", "holdNumber", "holdNumber: hold " + holdNumber
                            + " is on " + h.step() + "; only that agency lifts it").with("number", holdNumber).with("step", h.step());
                });
        declaration.lift(holdNumber, officer, Instant.now(clock));
        changes.publish(declaration);
        return DeclarationChanges.loaded(declaration);
    }
}
