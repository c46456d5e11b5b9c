package vn.laocai.gate.support.domain;

import java.util.Map;

/**
 * A request that a business rule of an aggregate refuses. {@code rule} names the rule (it becomes
 * the problem type), {@code field} the offending input when there is one. The REST adapters answer
 * it as an RFC 7807 problem: 409 when it conflicts with what already exists, 422 otherwise. The
 * message is the English text; {@link #message()} is what the reader gets in their language, the
 * catalogue's {@code rule.<rule>} with the parameters given by {@link #with} ({@link #keyed} for a rule
 * said in more than one way).
 */
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final String field;
    private final boolean conflict;
    private Message said;

    public RuleViolation(String rule, String field, String message) {
        this(rule, field, message, false);
    }

    private RuleViolation(String rule, String field, String message, boolean conflict) {
        super(message);
        this.rule = rule;
        this.field = field;
        this.conflict = conflict;
        this.said = Message.of("rule." + rule);
    }

    /** The same refusal with one more parameter of its catalogue message. */
    public RuleViolation with(String name, Object value) {
        said = said.with(name, value);
        return this;
    }

    /** The same refusal with more parameters of its catalogue message. */
    public RuleViolation with(Map<String, ?> values) {
        said = said.with(values);
        return this;
    }

    /** The same refusal said by the catalogue's {@code rule.<rule>.<variant>}. */
    public RuleViolation keyed(String variant) {
        said = new Message("rule." + rule + "." + variant, said.parameters());
        return this;
    }

    /** What the reader is told, as a catalogue key and its parameters. */
    public Message message() {
        return said;
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
