package vn.laocai.gate.clearance.domain;

/** A declaration or a clearance step that a rule refuses; {@code field} names the offending input, if any. */
public class ClearanceRuleException extends RuntimeException {

    private final String rule;
    private final String field;

    public ClearanceRuleException(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
