package vn.laocai.gate.clearance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.laocai.gate.clearance.domain.ClearanceStep;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.DeclarationRepository;
import vn.laocai.gate.clearance.domain.Hold;
import vn.laocai.gate.clearance.domain.StepDecision;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Officers' use cases on a clearance case: decisions on their step, holds and their lifting; each in one transaction. */
@ApplicationScoped
public class CaseDecisions {

    private final DeclarationRepository declarations;
    private final DeclarationChanges changes;
    private final Clock clock;

    public CaseDecisions(DeclarationRepository declarations, DeclarationChanges changes, Clock clock) {
        this.declarations = declarations;
        this.changes = changes;
        this.clock = clock;
    }

    /** An officer decides on a step. */
    @Transactional
    public Declaration decide(UUID id, ClearanceStep step, StepDecision decision, String officer, String reason) {
        Declaration declaration = declarations.existing(id);
        declaration.decide(step, decision, officer, reason, Instant.now(clock));
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
