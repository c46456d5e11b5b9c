package vn.laocai.gate.clearance.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The requirement rules in force (data, read from a versioned file): what each consignment needs, and why. */
public record RequirementRules(String version, List<RequirementRule> rules) {

    public RequirementRules {
        rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        for (RequirementRule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("requirement rules " + version + " have two rules " + rule.id());
            }
        }
    }

    /**
     * What the goods need: the union over every goods line of every rule that matches it. The
     * country of a rule is the destination of an export and the origin of an import.
     */
    public Requirements requiredFor(Direction direction, Collection<Goods> goods) {
        Set<DocumentType> documents = EnumSet.noneOf(DocumentType.class);
        Set<ClearanceStep> steps = EnumSet.noneOf(ClearanceStep.class);
        for (RequirementRule rule : matching(direction, goods)) {
            documents.addAll(rule.documents());
            steps.addAll(rule.steps());
        }
        return new Requirements(documents, steps);
    }

    /** The rules that match at least one goods line, in the order of the file: what {@link #requiredFor} is the union of. */
    public List<RequirementRule> matching(Direction direction, Collection<Goods> goods) {
        Set<RequirementRule> matched = new LinkedHashSet<>();
        for (RequirementRule rule : rules) {
            for (Goods line : goods) {
                if (rule.matches(line.hsChapter(), direction, line.partnerCountry())) {
                    matched.add(rule);
                    break;
                }
            }
        }
        return List.copyOf(matched);
    }

    /** A goods line as the rules see it: its HS chapter and the country on the other side. */
    public record Goods(String hsChapter, String partnerCountry) {
    }

    /** The documents and steps a consignment requires. */
    public record Requirements(Set<DocumentType> documents, Set<ClearanceStep> steps) {
    }
}
