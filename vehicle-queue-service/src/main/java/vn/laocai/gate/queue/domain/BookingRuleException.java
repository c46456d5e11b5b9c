package vn.laocai.gate.queue.domain;

/** A booking request that a rule of the gate refuses; {@code field} names the offending input. */
public class BookingRuleException extends RuntimeException {

    private final String rule;
    private final String field;

    public BookingRuleException(String rule, String field, String message) {
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
