package vn.laocai.gate.support.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import vn.laocai.gate.support.problem.Problem;
import vn.laocai.gate.support.validation.Bounds;

import java.util.List;
import java.util.Map;

/**
 * Writes once, for every service's OpenAPI document, what every operation would otherwise repeat: a
 * resource names only the failures particular to an endpoint ({@code @APIResponse(responseCode = "409",
 * description = "...")}), and this filter gives every 4xx and 5xx answer the RFC 7807 problem body,
 * adds 401 and 403 to every operation that needs a token and 400 to every operation that takes input,
 * and defines the {@value #SECURITY_SCHEME} bearer scheme that those operations reference. The schemas of
 * values of a fixed text form (UUIDs, instants, days), which the services parse rather than store as
 * given, get the length of that form as {@code maxLength}: a longer value is no UUID, instant or day.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    /** The name of the security scheme every secured operation references. */
    public static final String SECURITY_SCHEME = "jwt";
    static final String PROBLEM_SCHEMA = "Problem";
    static final String SECURITY_DESCRIPTION = "A bearer token: a JWS signed by the platform's identity provider, "
            + "verified as RFC8725 advises: the service fixes the algorithm (RS256) and the key, and never takes them "
            + "from the token (no alg none, no HMAC keyed with the public key); the signature, issuer and expiry are "
            + "checked. Each endpoint names the roles it admits.";
    private static final Map<String, Integer> FIXED_FORM_LENGTHS = Map.of(
            "uuid", Bounds.UUID_LENGTH, "date-time", Bounds.INSTANT_LENGTH, "date", Bounds.DAY_LENGTH);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM_SCHEMA)) {
            components.addSchema(PROBLEM_SCHEMA, problemSchema());
        }
        if (components.getSecuritySchemes() == null || !components.getSecuritySchemes().containsKey(SECURITY_SCHEME)) {
            components.addSecurityScheme(SECURITY_SCHEME, OASFactory.createSecurityScheme()
                    .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"));
        }
        components.getSecuritySchemes().get(SECURITY_SCHEME).setDescription(SECURITY_DESCRIPTION);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getOperations() == null) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                complete(entry.getValue(), item);
            }
        }
    }

    @Override
    public Schema filterSchema(Schema schema) {
        List<Schema.SchemaType> types = schema.getType();
        Integer length = schema.getFormat() == null ? null : FIXED_FORM_LENGTHS.get(schema.getFormat());
        if (length != null && schema.getMaxLength() == null && types != null && types.contains(Schema.SchemaType.STRING)) {
            schema.setMaxLength(length);
        }
        return schema;
    }

    private static void complete(Operation operation, PathItem item) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || (item.getParameters() != null && !item.getParameters().isEmpty());
        if (takesInput) {
            addIfMissing(responses, "400", "A field or parameter is missing or malformed; the problem names it");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            addIfMissing(responses, "401", "No valid bearer token");
            addIfMissing(responses, "403", "The token's roles do not admit this operation");
        }
        if (responses.getAPIResponses() == null) {
            return;
        }
        for (Map.Entry<String, APIResponse> answer : responses.getAPIResponses().entrySet()) {
            String code = answer.getKey();
            if ((code.startsWith("4") || code.startsWith("5")) && isEmpty(answer.getValue().getContent())) {
                answer.getValue().setContent(problemContent());
            }
        }
    }

    private static void addIfMissing(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static boolean isEmpty(Content content) {
        return content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty();
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }

    private static Schema problemSchema() {
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One offending field: its JSON path in the request body, or the name of the parameter")
                .addProperty("field", text("plate", 200))
                .addProperty("message", text("not a Vietnamese or Chinese plate", 2000));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 7807 problem details")
                .required(List.of("type", "title", "status"))
                .addProperty("type", text("https://gate.laocai.vn/problems/validation", 200).format("uri"))
                .addProperty("title", text("Invalid request", 200))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .format("int32").minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599))
                        .examples(List.of(400)))
                .addProperty("detail", text("plate: not a Vietnamese or Chinese plate", 4000))
                .addProperty("instance", text("/api/bookings", 2000))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .maxItems(500).items(violation));
    }

    private static Schema text(String example, int maxLength) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength).examples(List.of(example));
    }
}
