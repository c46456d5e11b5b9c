package vn.laocai.gate.support.problem;

import java.util.List;

/**
 * A request the service refuses for a reason the caller can fix, carried to the REST adapter,
 * which answers it as an RFC 7807 problem. {@code slug} names the problem type.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldViolation> violations;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldViolation> violations) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    /** 400: a field's value is invalid. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", field + ": " + message,
                List.of(new Problem.FieldViolation(field, message)));
    }

    /** 404: the named thing does not exist (or is not the caller's to see). */
    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist", List.of());
    }

    /** 409: the request conflicts with the current state. */
    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict with the current state", detail, List.of());
    }

    /** 409: the request conflicts with the current state because of {@code field}; {@code field} may be null. */
    public static ProblemException conflict(String slug, String field, String detail) {
        return new ProblemException(409, slug, "Conflict with the current state", detail,
                field == null ? List.of() : List.of(new Problem.FieldViolation(field, detail)));
    }

    /** 422: well-formed, but a business rule refuses it; {@code field} may be null. */
    public static ProblemException rule(String slug, String field, String detail) {
        return new ProblemException(422, slug, "Refused by a business rule", detail,
                field == null ? List.of() : List.of(new Problem.FieldViolation(field, detail)));
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.type(slug), title, status, getMessage(), instance, violations);
    }

    public int status() {
        return status;
    }
}
