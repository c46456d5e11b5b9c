package vn.laocai.gate.support.domain;

/**
 * A request that a business rule of an aggregate refuses. {@code rule} names the rule (it becomes
 * the problem type), {@code field} the offending input when there is one. The REST adapters answer
 * it as an RFC 7807 problem: 409 when it conflicts with what already exists, 422 otherwise.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final String field;
    private final boolean conflict;

    public RuleViolation(String rule, String field, String message) {
        this(rule, field, message, false);
    }

    private RuleViolation(String rule, String field, String message, boolean conflict) {
        super(message);
        this.rule = rule;
        this.field = field;
        this.conflict = conflict;
    }

    /** The request conflicts with something that already exists (a number declared twice, say). */
    public static RuleViolation conflict(String rule, String field, String message) {
        return new RuleViolation(rule, field, message, true);
    }

    public String rule() {
        return rule;
    }

    /** The offending input, as a JSON path of the request; null when the rule is about the whole. */
    public String field() {
        return field;
    }

    public boolean isConflict() {
        return conflict;
    }
}
