package vn.laocai.gate.clearance.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.clearance.domain.ClearancePolicy;
import vn.laocai.gate.clearance.domain.CustomsProcedure;
import vn.laocai.gate.clearance.domain.Direction;
import vn.laocai.gate.clearance.domain.Trip;
import vn.laocai.gate.support.validation.Bounds;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a consignment needs, asked before it is declared (no login, no booking, no customs number): the documents, the
 * agencies' steps and the fee, each with the rule it comes from, the rule's reason in three languages and its legal sources.
 * Answered from the same policy a declaration is decided against.
 */
@Path("/api/requirements")
@Tag(name = "Requirements", description = "What a consignment needs and why, before it is declared")
@PermitAll
public class RequirementsResource {

    private static final String VEHICLE_TYPES = "TRUCK|TRACTOR_SEMI_TRAILER|REEFER_TRUCK|CONTAINER_TRUCK|TANKER|VAN";
    private static final String WEIGHT_CLASSES = "UNDER_2T|T2_TO_10T|OVER_10T";

    private final ClearancePolicy policy;

    public RequirementsResource(ClearancePolicy policy) {
        this.policy = policy;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    // an empty requirement: no token needed (OpenAPI's "security: [{}]")
    @SecurityRequirementsSet
    @Operation(summary = "What a consignment needs, before declaring", description = "No role needed. For the HS codes, direction, "
            + "the country on the other side (destination of an export, origin of an import) and the customs procedure: the documents, "
            + "the agencies' steps and the fee per trip a declaration of it would be asked for now, each document and step with the ids "
            + "of the rules that require it; every matching rule with its reason in vi, en and zh and its legal sources; the fee's goods "
            + "class, multipliers and rates (the one of the vehicle when vehicleType or weightClass is given), with the tariff's sources. "
            + "The answer is the rules in force: a declaration submitted now is asked for the same.")
    @APIResponse(responseCode = "200", description = "What it needs and why", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequirementViews.RequirementsView.class),
            examples = @ExampleObject(name = "durian for China", value = RequirementViews.EXAMPLE)))
    public RequirementViews.RequirementsView requirements(
            @Parameter(description = "An HS code of the goods, 6 or 8 digits (repeat for each goods line, at most 50)", example = "[\"0810.60.00\"]")
            @QueryParam("hsCode") @NotEmpty @Size(max = 50, message = "{constraint.goods-lines}")
            List<@NotBlank @Size(max = 10) @Pattern(regexp = DeclarationRequest.HS_CODE, message = "{constraint.hs-code}") String> hsCode,
            @Parameter(description = "EXPORT or IMPORT", example = "EXPORT")
            @QueryParam("direction") @NotNull @Size(max = 6) @Pattern(regexp = "EXPORT|IMPORT", message = "{constraint.direction}") String direction,
            @Parameter(description = "The country on the other side, ISO 3166 alpha-2: destination of an export, origin of an import", example = "CN")
            @QueryParam("country") @NotNull @Size(max = 2) @Pattern(regexp = Bounds.COUNTRY, message = "{constraint.country}") String country,
            @Parameter(description = "The customs procedure; STANDARD when absent", example = "STANDARD")
            @QueryParam("procedure") @Size(max = 30)
            @Pattern(regexp = "STANDARD|TEMPORARY_IMPORT_REEXPORT|TRANSSHIPMENT", message = "{constraint.procedure}") String procedure,
            @Parameter(description = "An import delivered inland (the fee's multiplier)", example = "false")
            @QueryParam("inlandDelivery") boolean inlandDelivery,
            @Parameter(description = "The vehicle's type, for the fee of one trip", example = "TRUCK")
            @QueryParam("vehicleType") @Size(max = 30) @Pattern(regexp = VEHICLE_TYPES) String vehicleType,
            @Parameter(description = "The vehicle's weight class, for the fee of one trip", example = "OVER_10T")
            @QueryParam("weightClass") @Size(max = 10) @Pattern(regexp = WEIGHT_CLASSES) String weightClass) {
        List<String> codes = hsCode.stream().map(c -> c.replace(".", "")).toList();
        List<String> chapters = List.copyOf(new TreeSet<>(codes.stream().map(c -> c.substring(0, 2)).toList()));
        Optional<Trip> trip = vehicleType == null && weightClass == null ? Optional.empty()
                : Optional.of(new Trip(null, vehicleType, weightClass));
        ClearancePolicy.Enquiry enquiry = new ClearancePolicy.Enquiry(Direction.valueOf(direction), country,
                procedure == null ? CustomsProcedure.STANDARD : CustomsProcedure.valueOf(procedure), inlandDelivery, chapters, trip);
        return RequirementViews.RequirementsView.of(enquiry, codes, policy.requirementsFor(enquiry));
    }
}
