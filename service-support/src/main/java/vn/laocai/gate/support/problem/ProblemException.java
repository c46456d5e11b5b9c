package vn.laocai.gate.support.problem;

import vn.laocai.gate.support.domain.Message;
import vn.laocai.gate.support.i18n.Language;
import vn.laocai.gate.support.i18n.PlatformTexts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request the service refuses for a reason the caller can fix, carried to the REST adapter,
 * which answers it as an RFC 7807 problem. {@code slug} names the problem type. The reason may be
 * kept as a catalogue {@link Message} too ({@link #saying}): the answer then gives title, detail and
 * the violation's message in the reader's language, the English text being what is said when the
 * catalogue has no words for it.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldViolation> violations;
    private final Message reason;
    private final String detailPrefix;
    /** Each violation's message as a catalogue message, in the order of {@link #violations}; empty when not given. */
    private final List<Message> fieldReasons;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldViolation> violations) {
        this(status, slug, title, detail, violations, null, "", List.of());
    }

    private ProblemException(int status, String slug, String title, String detail, List<Problem.FieldViolation> violations,
                             Message reason, String detailPrefix, List<Message> fieldReasons) {
        super(detail);
        this.fieldReasons = List.copyOf(fieldReasons);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = List.copyOf(violations);
        this.reason = reason;
        this.detailPrefix = detailPrefix;
    }

    /**
     * This problem with its reason as a catalogue message; {@code detailPrefix} is put before it in the
     * detail ({@code "plate: "} when the detail names the field first).
     */
    public ProblemException saying(Message reason, String detailPrefix) {
        return new ProblemException(status, slug, title, getMessage(), violations, reason, detailPrefix, fieldReasons);
    }

    /** One refused field: its name or JSON path, what is wrong in English, and the same as a catalogue message. */
    public record FieldRefusal(String field, String english, Message reason) {
    }

    /**
     * 400: the values of several fields are invalid (several parameters with a refused character, say); each
     * violation's message and the detail ({@code field: message; ...}) are said in the reader's language.
     */
    public static ProblemException invalidFields(List<FieldRefusal> refusals) {
        List<Problem.FieldViolation> violations = refusals.stream().map(r -> new Problem.FieldViolation(r.field(), r.english())).toList();
        String detail = refusals.stream().map(r -> r.field() + ": " + r.english()).collect(Collectors.joining("; "));
        return new ProblemException(400, "validation", "Invalid request", detail, violations, null, "",
                refusals.stream().map(FieldRefusal::reason).toList());
    }

    /** 400: {@code field}'s value is invalid for the reason {@code reason} says, in the reader's language. */
    public static ProblemException invalidField(String field, String english, Message reason) {
        return invalidFields(List.of(new FieldRefusal(field, english, reason)));
    }

    /** 400: a field's value is invalid. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", field + ": " + message,
                List.of(new Problem.FieldViolation(field, message)));
    }

    /** 404: the named thing does not exist (or is not the caller's to see). */
    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist", List.of())
                .saying(new Message("problem.not-found", java.util.Map.of()).with("what", what).with("id", id), "");
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

    /** The problem as written in the code (English). */
    public Problem toProblem(String instance) {
        return new Problem(Problem.type(slug), title, status, getMessage(), instance, violations);
    }

    /** The problem in {@code language}: title and, when its reason is in the catalogue, detail and violations. */
    public Problem toProblem(String instance, Language language) {
        String localTitle = PlatformTexts.title(language, slug, status, title);
        if (!fieldReasons.isEmpty()) {
            List<Problem.FieldViolation> local = new ArrayList<>();
            for (int i = 0; i < violations.size(); i++) {
                String text = fieldReasons.get(i) == null ? null : PlatformTexts.render(language, fieldReasons.get(i));
                local.add(new Problem.FieldViolation(violations.get(i).field(), text == null ? violations.get(i).message() : text));
            }
            String detail = local.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
            return new Problem(Problem.type(slug), localTitle, status, detail, instance, local);
        }
        String said = reason == null ? null : PlatformTexts.render(language, reason);
        if (said == null) {
            return new Problem(Problem.type(slug), localTitle, status, getMessage(), instance, violations);
        }
        List<Problem.FieldViolation> localViolations = violations.size() == 1
                ? List.of(new Problem.FieldViolation(violations.get(0).field(), said)) : violations;
        return new Problem(Problem.type(slug), localTitle, status, detailPrefix + said, instance, localViolations);
    }

    public int status() {
        return status;
    }
}
