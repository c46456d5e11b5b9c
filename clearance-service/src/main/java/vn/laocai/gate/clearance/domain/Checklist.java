package vn.laocai.gate.clearance.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What one agency's officer verifies on one consignment, and why: every check of that step in the requirement rules that
 * match the declaration in force, with the rule's reason and sources and the documents of that type attached so far.
 */
public record Checklist(ClearanceStep step, StepState stepState, String rulesVersion, int declarationVersion, List<Item> items) {

    /** One thing to verify: the document it is about (null for the goods or vehicle themselves), what and why. */
    public record Item(String ruleId, DocumentType document, TrilingualText what, TrilingualText why, List<String> sources,
                       List<AttachedDocument> attached) {

        /** Whether the document it is about is there (always true of a check of the goods themselves). */
        public boolean present() {
            return document == null || !attached.isEmpty();
        }
    }

    /** The checklist of {@code step} for a declaration whose matching rules are {@code rules}. */
    static Checklist of(ClearanceStep step, StepState state, String rulesVersion, int declarationVersion,
                        List<RequirementRule> rules, Documents documents) {
        List<Item> items = new ArrayList<>();
        for (RequirementRule rule : rules) {
            for (RequirementRule.Check check : rule.checksOf(step)) {
                List<AttachedDocument> attached = check.document() == null ? List.of()
                        : documents.attached().stream().filter(d -> d.type() == check.document()).toList();
                items.add(new Item(rule.id(), check.document(), check.what(), rule.why(), rule.sources(), attached));
            }
        }
        return new Checklist(step, state, rulesVersion, declarationVersion, List.copyOf(items));
    }
}
