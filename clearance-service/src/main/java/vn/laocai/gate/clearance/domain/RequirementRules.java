package vn.laocai.gate.clearance.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The requirement rules in force (data, read from a versioned file): what each consignment needs. */
public record RequirementRules(String version, List<RequirementRule> rules) {

    /**
     * What the goods need: the union over every goods line of every rule that matches it. The
     * country of a rule is the destination of an export and the origin of an import.
     */
    public Requirements requiredFor(Direction direction, Collection<Goods> goods) {
        Set<DocumentType> documents = EnumSet.noneOf(DocumentType.class);
        Set<ClearanceStep> steps = EnumSet.noneOf(ClearanceStep.class);
        for (Goods line : goods) {
            for (RequirementRule rule : rules) {
                if (rule.matches(line.hsChapter(), direction, line.partnerCountry())) {
                    documents.addAll(rule.documents());
                    steps.addAll(rule.steps());
                }
            }
        }
        return new Requirements(documents, steps);
    }

    /** A goods line as the rules see it: its HS chapter and the country on the other side. */
    public record Goods(String hsChapter, String partnerCountry) {
    }

    /** The documents and steps a consignment requires. */
    public record Requirements(Set<DocumentType> documents, Set<ClearanceStep> steps) {
    }
}
