package vn.laocai.gate.clearance.domain;

import vn.laocai.gate.events.InspectionOutcomeRecorded;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcomes recorded on a clearance case after failed inspections, with their rules: which outcome follows which
 * failed step ({@link StepTransitions#afterOutcome}) and direction ({@link InspectionOutcome#fits}), what a split names,
 * and each outcome's own steps (ordered, then carried out). A view with behaviour over the case's two collections
 * (tables {@code clearance_outcome} and {@code clearance_outcome_line}); each change goes on the timeline and records
 * {@link InspectionOutcomeRecorded}.
 */
final class Outcomes {

    private final List<CaseOutcome> outcomes;
    private final List<RejectedQuantity> rejected;

    Outcomes(List<CaseOutcome> outcomes, List<RejectedQuantity> rejected) {
        this.outcomes = outcomes;
        this.rejected = rejected;
    }

    /**
     * An officer of {@code step}'s agency records what becomes of the goods after the step failed: treatment (the step
     * under treatment), a split lot (the step done, or for customs inspected, for the part released; {@code lines} name
     * the part rejected and {@code disposal} its fate) or a disposal of the whole lot (the step stays failed, the case
     * rejected).
     *
     * @throws RuleViolation 409 when the step has not failed or a disposal of the whole lot was already ordered; 422 when
     *                       the outcome is not one of the step's or of the direction, no reason is given, or the split
     *                       does not hold
     */
    CaseOutcome order(Declaration declaration, CaseStep failed, InspectionOutcome outcome, InspectionOutcome disposal,
                      List<SplitLine> lines, String reason, String officer, Instant now) {
        ClearanceStep step = failed.step();
        Optional<CaseOutcome> ended = outcomes.stream().filter(CaseOutcome::disposesOfWholeLot).findFirst();
        if (ended.isPresent()) {
            throw RuleViolation.conflict("disposal-ordered", "outcome", "outcome: " + ended.get().outcome()
                    + " of the whole lot was ordered already (outcome " + ended.get().number() + ")")
                    .with("outcome", ended.get().outcome()).with("number", ended.get().number());
        }
        if (failed.state() != StepState.FAILED) {
            throw RuleViolation.conflict("no-failed-inspection", "step", "step: " + step + " is " + failed.state()
                    + "; an outcome follows a failed inspection").with("step", step).with("state", failed.state());
        }
        StepState next = StepTransitions.afterOutcome(step, outcome).orElseThrow(() -> new RuleViolation("outcome-not-for-step",
                "outcome", "outcome: " + outcome + " does not follow a failed " + step + "; one of "
                + StepTransitions.outcomesAfterFailure(step)).with("outcome", outcome).with("step", step)
                .with("outcomes", ClearanceCase.codes(StepTransitions.outcomesAfterFailure(step))));
        Direction direction = declaration.declared().direction();
        requireFits(outcome, direction, "outcome");
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason-required", "reason", "reason: an outcome must say why").keyed("outcome");
        }
        List<SplitLine> named = lines == null ? List.of() : lines;
        if (outcome == InspectionOutcome.SPLIT_LOT) {
            if (disposal == null || !disposal.disposal()) {
                throw new RuleViolation("disposal-required", "disposal", "disposal: a split lot names what becomes of the part "
                        + "rejected: RE_EXPORT, RETURN_TO_EXPORTER or DESTRUCTION");
            }
            requireFits(disposal, direction, "disposal");
            checkSplit(declaration.declared().goodsLines(), named);
        } else if (disposal != null || !named.isEmpty()) {
            throw new RuleViolation("split-only", disposal != null ? "disposal" : "lines", (disposal != null ? "disposal" : "lines")
                    + ": only a split lot names a part and its disposal").with("outcome", outcome);
        }
        int number = outcomes.size() + 1;
        CaseOutcome recorded = new CaseOutcome(number, step, outcome, disposal, reason.strip(), officer, now);
        outcomes.add(recorded);
        for (SplitLine line : named) {
            rejected.add(new RejectedQuantity(number, line.lineNumber(), line.quantity(), line(declaration, line.lineNumber()).unit()));
        }
        if (next != StepState.FAILED) {
            failed.decide(declaration, outcome == InspectionOutcome.TREATMENT ? StepDecision.TREAT : StepDecision.SPLIT_LOT, next,
                    officer, DecisionSource.OFFICER, reason.strip(), now);
            failed.reopened(now);
        }
        if (outcome == InspectionOutcome.SPLIT_LOT) {
            String part = rejectedOf(number).stream().map(q -> "line " + q.lineNumber() + " " + q.quantity().stripTrailingZeros()
                    .toPlainString() + " " + q.unit()).collect(Collectors.joining(", "));
            declaration.note(now, "LOT_SPLIT", officer, step + ": lot split, " + part + " rejected (" + disposal + "), the rest goes on: "
                    + reason.strip(), "step", step.name(), "part", part, "disposal", disposal.name(), "reason", reason.strip());
        } else {
            declaration.note(now, "OUTCOME_ORDERED", officer, step + ": " + outcome + " ordered: " + reason.strip(),
                    "step", step.name(), "outcome", outcome.name(), "reason", reason.strip());
        }
        declaration.record(event(declaration, recorded, officer, now));
        return recorded;
    }

    /**
     * The officer records an ordered outcome carried out, with its record ({@code reference}: the treatment certificate,
     * the destruction minutes, the exit declaration). A treatment carried out sets the step pending for a new inspection.
     *
     * @throws RuleViolation 422 for an unknown outcome or no reference; 409 when it was carried out already, or the
     *                       treated step is no longer under treatment
     */
    CaseOutcome carryOut(Declaration declaration, ClearanceCase clearance, int number, String reference, String officer, Instant now) {
        CaseOutcome outcome = find(number).orElseThrow(() -> new RuleViolation("unknown-outcome", "number",
                "number: the consignment has no outcome " + number).with("number", number));
        if (outcome.state() == OutcomeState.CARRIED_OUT) {
            throw RuleViolation.conflict("outcome-carried-out", "number", "outcome " + number + " (" + outcome.outcome()
                    + ") was recorded carried out already by " + outcome.carriedOutBy())
                    .with("number", number).with("outcome", outcome.outcome()).with("officer", outcome.carriedOutBy());
        }
        if (reference == null || reference.isBlank()) {
            throw new RuleViolation("reference-required", "reference", "reference: name the record of what was done "
                    + "(treatment certificate, destruction minutes, exit declaration)");
        }
        if (outcome.outcome() == InspectionOutcome.TREATMENT) {
            clearance.requireOpen(outcome.step().name());
            CaseStep step = clearance.step(outcome.step());
            StepState next = StepTransitions.next(outcome.step(), step.state(), StepDecision.TREATED).orElseThrow(() ->
                    RuleViolation.conflict("illegal-transition", "step", outcome.step() + ": " + StepDecision.TREATED
                            + " is not allowed in state " + step.state() + "; legal there: " + StepTransitions.legalIn(outcome.step(), step.state()))
                            .with("step", outcome.step()).with("decision", StepDecision.TREATED).with("state", step.state())
                            .with("legal", ClearanceCase.codes(StepTransitions.legalIn(outcome.step(), step.state()))));
            step.decide(declaration, StepDecision.TREATED, next, officer, DecisionSource.OFFICER, "treatment " + reference.strip(), now);
            step.reopened(now);
        }
        outcome.carriedOut(reference.strip(), officer, now);
        declaration.note(now, "OUTCOME_CARRIED_OUT", officer, outcome.step() + ": " + outcome.outcome() + " carried out ("
                + reference.strip() + ")", "step", outcome.step().name(), "outcome", outcome.outcome().name(), "reference", reference.strip());
        declaration.record(event(declaration, outcome, officer, now));
        return outcome;
    }

    /** Whether a disposal of the whole lot was ordered: the case ends rejected, and no amendment sets it going again. */
    boolean wholeLotDisposed() {
        return outcomes.stream().anyMatch(CaseOutcome::disposesOfWholeLot);
    }

    Optional<CaseOutcome> find(int number) {
        return outcomes.stream().filter(o -> o.number() == number).findFirst();
    }

    List<RejectedQuantity> rejectedOf(int number) {
        return rejected.stream().filter(q -> q.outcomeNumber() == number).toList();
    }

    private static void requireFits(InspectionOutcome outcome, Direction direction, String field) {
        if (!outcome.fits(direction)) {
            throw new RuleViolation("outcome-not-for-direction", field, field + ": " + outcome + " is not for goods of an "
                    + direction + (outcome == InspectionOutcome.RE_EXPORT ? "; an export goes back with RETURN_TO_EXPORTER"
                    : "; an import leaves again with RE_EXPORT")).with("outcome", outcome).with("direction", direction);
        }
    }

    /** A split names each goods line once, a quantity above zero and at most the line's, and leaves something released. */
    private static void checkSplit(List<GoodsItem> goods, List<SplitLine> lines) {
        if (lines.isEmpty()) {
            throw new RuleViolation("split-lines-required", "lines", "lines: a split lot names the goods lines and quantities rejected");
        }
        Set<Integer> seen = new HashSet<>();
        boolean somethingReleased = goods.size() > lines.size();
        for (int i = 0; i < lines.size(); i++) {
            SplitLine l = lines.get(i);
            String field = "lines[" + i + "]";
            GoodsItem item = goods.stream().filter(g -> g.lineNumber() == l.lineNumber()).findFirst().orElseThrow(() ->
                    new RuleViolation("unknown-goods-line", field + ".lineNumber", field + ".lineNumber: the declaration has no goods line "
                            + l.lineNumber()).with("line", l.lineNumber()));
            if (!seen.add(l.lineNumber())) {
                throw new RuleViolation("duplicate-goods-line", field + ".lineNumber", field + ".lineNumber: goods line "
                        + l.lineNumber() + " is named twice").with("line", l.lineNumber());
            }
            if (l.quantity() == null || l.quantity().signum() <= 0 || l.quantity().compareTo(item.quantity()) > 0) {
                throw new RuleViolation("split-quantity-out-of-range", field + ".quantity", field + ".quantity: between 0 and "
                        + item.quantity().stripTrailingZeros().toPlainString() + " " + item.unit() + ", the quantity of goods line "
                        + l.lineNumber()).with("line", l.lineNumber()).with("max", item.quantity().stripTrailingZeros().toPlainString())
                        .with("unit", item.unit());
            }
            somethingReleased |= l.quantity().compareTo(item.quantity()) < 0;
        }
        if (!somethingReleased) {
            throw new RuleViolation("split-rejects-everything", "lines", "lines: the split rejects the whole lot; record "
                    + "RE_EXPORT, RETURN_TO_EXPORTER or DESTRUCTION instead");
        }
    }

    private static GoodsItem line(Declaration declaration, int number) {
        return declaration.declared().goodsLines().stream().filter(g -> g.lineNumber() == number).findFirst().orElseThrow();
    }

    private InspectionOutcomeRecorded event(Declaration declaration, CaseOutcome o, String officer, Instant now) {
        List<InspectionOutcomeRecorded.RejectedLine> lines = rejectedOf(o.number()).stream()
                .map(q -> new InspectionOutcomeRecorded.RejectedLine(q.lineNumber(), q.quantity(), q.unit())).toList();
        return new InspectionOutcomeRecorded(declaration.id().toString(), declaration.bookingCodes(), o.number(), o.step().name(),
                o.outcome().name(), o.state().name(), o.disposal() == null ? null : o.disposal().name(), lines.isEmpty() ? null : lines,
                o.reason(), o.reference(), officer, now);
    }
}
