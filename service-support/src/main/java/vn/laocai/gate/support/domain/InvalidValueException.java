package vn.laocai.gate.support.domain;

/**
 * A value the caller gave is malformed or missing, found by the application or the domain rather than
 * by bean validation (a combination of fields, a file's bytes). {@code field} names it as a JSON path
 * of the request or a parameter name. The REST layer answers 400 with the field named.
 */
public class InvalidValueException extends RuntimeException {

    private final String field;
    private final String reason;

    public InvalidValueException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    /** What is wrong with the value, without the field's name. */
    public String reason() {
        return reason;
    }
}
