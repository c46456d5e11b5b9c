package vn.laocai.gate.clearance.domain;

import java.util.List;
import java.util.Set;

/**
 * One row of the requirement rules: for goods of the listed HS chapters ({@code *} for any), going
 * in a direction to (or from) a country ({@code *} for any), the documents and the steps required;
 * why (in three languages), the legal instruments it comes from, and what each agency's officer
 * verifies because of it ({@link Check}).
 */
public record RequirementRule(String id, List<String> hsChapters, String direction, String country,
                              Set<DocumentType> documents, Set<ClearanceStep> steps,
                              TrilingualText why, List<String> sources, List<Check> checks) {

    public static final String ANY = "*";

    public RequirementRule {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a requirement rule needs an id");
        }
        if (why == null) {
            throw new IllegalArgumentException("rule " + id + " says no reason (why)");
        }
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " names no legal source");
        }
        documents = documents == null ? Set.of() : Set.copyOf(documents);
        steps = steps == null ? Set.of() : Set.copyOf(steps);
        sources = List.copyOf(sources);
        checks = checks == null ? List.of() : List.copyOf(checks);
        for (Check check : checks) {
            if (check.document() != null && !documents.contains(check.document())) {
                throw new IllegalArgumentException("rule " + id + " checks " + check.document() + " which it does not require");
            }
        }
    }

    /** What an officer of {@code step} verifies because of this rule: a document of the rule, or the goods ({@code document} null). */
    public record Check(ClearanceStep step, DocumentType document, TrilingualText what) {

        public Check {
            if (step == null || what == null) {
                throw new IllegalArgumentException("a check needs its step and what is verified");
            }
        }
    }

    boolean matches(String hsChapter, Direction declaredDirection, String declaredCountry) {
        return (hsChapters.contains(ANY) || hsChapters.contains(hsChapter))
                && (ANY.equals(direction) || direction.equals(declaredDirection.name()))
                && (ANY.equals(country) || country.equals(declaredCountry));
    }

    /** The checks of one step. */
    public List<Check> checksOf(ClearanceStep step) {
        return checks.stream().filter(c -> c.step() == step).toList();
    }
}
