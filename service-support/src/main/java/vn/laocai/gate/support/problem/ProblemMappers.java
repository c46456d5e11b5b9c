package vn.laocai.gate.support.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.laocai.gate.support.domain.InvalidValueException;
import vn.laocai.gate.support.domain.Message;
import vn.laocai.gate.support.i18n.Language;
import vn.laocai.gate.support.i18n.RequestLanguage;
import vn.laocai.gate.support.domain.NotFoundException;
import vn.laocai.gate.support.domain.RuleViolation;

import jakarta.validation.ElementKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every refused request into an RFC 7807 problem that names the offending fields.
 * Hand-written because the Quarkiverse problem extension is not released for this Quarkus version;
 * it is a handful of mappers.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return answer(e, uri);
    }

    @ServerExceptionMapper
    public Response rule(RuleViolation e, UriInfo uri) {
        ProblemException problem = e.isConflict()
                ? ProblemException.conflict(e.rule(), e.field(), e.getMessage())
                : ProblemException.rule(e.rule(), e.field(), e.getMessage());
        return answer(problem.saying(e.message(), ""), uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return answer(ProblemException.notFound(e.what(), e.id()), uri);
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidValueException e, UriInfo uri) {
        ProblemException problem = ProblemException.invalidField(e.field(), e.reason());
        return answer(e.message() == null ? problem : problem.saying(e.message(), e.field() + ": "), uri);
    }

    /**
     * A row changed by another transaction between reading and writing it (an officer's action while
     * an event is applied, say): 409, to be tried again on the fresh state, instead of a 500.
     */
    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri) {
        return answer(ProblemException.conflict("concurrent-change",
                "it was changed at the same moment by another action; read it again and send the request again")
                .saying(Message.of("problem.concurrent-change"), ""), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        Language language = RequestLanguage.current();
        List<Problem.FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldViolation(fieldOf(v), ConstraintMessages.text(v, language)))
                .sorted(Comparator.comparing(Problem.FieldViolation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return answer(new ProblemException(400, "validation", "Invalid request", detail, violations), uri);
    }

    /** Quarkus maps this subtype itself; naming it here keeps the answer a problem detail. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return answer(unreadableBody(e), uri);
    }

    /**
     * A JSON body that could not be read, as a 400 naming the field's JSON path where the read failed on
     * one field (a refused character, a wrong type, an unknown constant), or {@code body} where the JSON
     * itself is broken; said in the reader's language. For resources that read a body themselves.
     */
    public static ProblemException unreadableBody(JsonProcessingException e) {
        ProblemException refused = refusedText(e);
        if (refused != null) {
            return refused;
        }
        // broken JSON met while binding a field comes wrapped with the field's path
        boolean broken = e.getCause() instanceof JsonProcessingException cause && !(cause instanceof JsonMappingException);
        if (!(e instanceof JsonMappingException mapping) || broken) {
            JsonProcessingException parse = broken ? (JsonProcessingException) e.getCause() : e;
            JsonLocation at = parse.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            String field = e instanceof JsonMappingException wrapped ? jsonPath(wrapped.getPath())
                    : e.getProcessor() instanceof JsonParser parser ? pointerPath(parser.getParsingContext()) : "";
            return unreadable(field.isEmpty() ? "body" : field, "is not valid JSON (line " + line + ", column " + column + ")",
                    Message.of("refused.malformed-json", "line", line, "column", column));
        }
        String field = jsonPath(mapping.getPath());
        Message said = ValueTypes.reason(mapping);
        return unreadable(field.isEmpty() ? "body" : field, ValueTypes.english(mapping), said);
    }

    private static ProblemException unreadable(String field, String english, Message reason) {
        ProblemException refusal = ProblemException.invalidField(field, english, reason);
        return new ProblemException(400, "unreadable-body", "Unreadable request body", refusal.getMessage(),
                List.of(new Problem.FieldViolation(field, english))).saying(reason, field + ": ");
    }

    /**
     * Path and query parameters holding a character {@link Text} refuses are answered 400 before any
     * resource reads them; the problem names the parameter.
     */
    @ServerRequestFilter
    public Response refusedParameters(UriInfo uri) {
        List<ProblemException.FieldRefusal> refusals = new ArrayList<>();
        refused(uri.getPathParameters(), refusals);
        refused(uri.getQueryParameters(), refusals);
        return refusals.isEmpty() ? null : answer(ProblemException.invalidFields(refusals), uri);
    }

    private static void refused(MultivaluedMap<String, String> parameters, List<ProblemException.FieldRefusal> refusals) {
        parameters.forEach((name, values) -> values.stream().filter(v -> Text.reason(v) != null).findFirst()
                .ifPresent(v -> refusals.add(new ProblemException.FieldRefusal(name, Text.refusal(v), Text.reason(v)))));
    }

    /** 401 and 403 from the role checks: a problem, with the bearer challenge kept on the 401. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(UriInfo uri) {
        return Response.fromResponse(answer(new ProblemException(401, "unauthorized", "Unauthorized",
                        "a valid bearer token is needed", List.of()).saying(Message.of("problem.unauthorized"), ""), uri))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer(new ProblemException(403, "forbidden", "Forbidden",
                "the token's roles do not allow this request", List.of()).saying(Message.of("problem.forbidden"), ""), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, uri);
        }
        if (e.getCause() instanceof ProblemException refused) {
            // a path or query parameter that its type cannot take (ParameterTypes), wrapped by RESTEasy
            return answer(refused, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() == 401 || status.getStatusCode() == 403) {
            if (e.getResponse().hasEntity()) {
                return e.getResponse();
            }
            // the challenge (WWW-Authenticate) and any other header stay; the body becomes a problem
            return Response.fromResponse(e.getResponse()).type(Problem.MEDIA_TYPE)
                    .entity(httpStatus(status, e).toProblem(uri.getPath(), RequestLanguage.current())).build();
        }
        return answer(httpStatus(status, e), uri);
    }

    private static ProblemException httpStatus(Response.StatusType status, WebApplicationException e) {
        return new ProblemException(status.getStatusCode(), "http-" + status.getStatusCode(), status.getReasonPhrase(),
                e.getMessage(), List.of()).saying(Message.of("problem.http-" + status.getStatusCode()), "");
    }

    /**
     * A JSON read that failed on a character {@link Text} refuses or on a string over its bound, as a 400
     * naming the field's JSON path; null when {@code e} failed for another reason. For resources that
     * read a body themselves.
     */
    public static ProblemException refusedText(JsonProcessingException e) {
        Message reason = e instanceof TextCheckingJackson.RefusedText refused ? refused.reason()
                : e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException
                ? Message.of("refused.too-long", "max", Text.MAX_JSON_STRING) : null;
        if (reason == null) {
            return null;
        }
        String refusal = e instanceof TextCheckingJackson.RefusedText ? e.getOriginalMessage()
                : "longer than " + Text.MAX_JSON_STRING + " characters, or nested or numbered beyond what a request may hold";
        String field = e instanceof JsonMappingException m ? jsonPath(m.getPath()) : "";
        return ProblemException.invalidField(field.isEmpty() ? "body" : field, refusal, reason);
    }

    /**
     * The answer to a problem: a service's own exception mapper (in its rest package) turns its typed
     * exception into a {@link ProblemException} and answers it with this.
     */
    public static Response answer(ProblemException problem, UriInfo uri) {
        return respond(problem.toProblem(uri.getPath(), RequestLanguage.current()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * {@code book.request.goodsLines[2].hsCode} becomes {@code goodsLines[2].hsCode} and
     * {@code configure.request.hourlyCapacity[23].<list element>} becomes {@code hourlyCapacity[23]}: the
     * method and body parameter names and the container element nodes mean nothing to the caller; a
     * constraint on a plain parameter (a path or query parameter, a form field) keeps its name.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        int first = 0;
        if (!nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.METHOD) {
            first = nodes.size() > 2 && nodes.get(2).getKind() != ElementKind.CONTAINER_ELEMENT ? 2 : 1;
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes.subList(first, nodes.size())) {
            if (node.isInIterable()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(at == null ? "" : at).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }

    /** Where a parser stopped, as a field path ({@code goodsLines[2].hsCode}); empty at the top. */
    private static String pointerPath(JsonStreamContext context) {
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                steps.add(0, "[" + Math.max(0, at.getCurrentIndex()) + "]");
            } else if (at.getCurrentName() != null) {
                steps.add(0, "." + at.getCurrentName());
            }
        }
        String path = String.join("", steps);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
