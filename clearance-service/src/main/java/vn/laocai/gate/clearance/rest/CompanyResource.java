package vn.laocai.gate.clearance.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.clearance.application.BrokerAuthorisations;
import vn.laocai.gate.clearance.application.CompanyDeclarations;
import vn.laocai.gate.clearance.rest.CompanyViews.AuthorisationView;
import vn.laocai.gate.clearance.rest.CompanyViews.CompanyDeclarationView;
import vn.laocai.gate.clearance.rest.CompanyViews.GrantRequest;
import vn.laocai.gate.support.security.OrganisationAccess;
import vn.laocai.gate.support.security.OrganisationId;
import vn.laocai.gate.support.security.OrganisationMemberResource;
import vn.laocai.gate.support.validation.Bounds;

import java.util.List;

import static vn.laocai.gate.support.security.OrganisationRole.DECLARANT;
import static vn.laocai.gate.support.security.OrganisationRole.MANAGER;

/**
 * A trading company's brokers and declarations, for its members: the manager grants and withdraws brokers'
 * authorisations; the manager and the declarants read them and every declaration of the company. Membership
 * comes from the token's {@code memberships} claim; anyone else is refused 403.
 */
@Path("/api/companies/{company}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Companies", description = "A trading company's authorisations of customs brokers and its declarations")
@SecurityRequirement(name = "jwt")
@Authenticated
public class CompanyResource extends OrganisationMemberResource {

    /** The company every operation is about; {@link #member} parses and checks it (400 naming {@code company}). */
    @Parameter(description = "The company's tax code or credit code", example = CompanyViews.COMPANY)
    @PathParam("company")
    @Size(max = Bounds.ORGANISATION_ID_LENGTH)
    @Pattern(regexp = Bounds.ORGANISATION_ID, message = Bounds.ORGANISATION_ID_MESSAGE)
    String company;

    private final BrokerAuthorisations authorisations;
    private final CompanyDeclarations declarations;

    public CompanyResource(BrokerAuthorisations authorisations, CompanyDeclarations declarations) {
        this.authorisations = authorisations;
        this.declarations = declarations;
    }

    @GET
    @Path("brokers")
    @Operation(summary = "The company's broker authorisations", description = "Standing and withdrawn, newest first, with who granted "
            + "and withdrew each and when; the company's manager and declarants.")
    @APIResponse(responseCode = "200", description = "The authorisations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AuthorisationView.class)))
    @APIResponse(responseCode = "403", description = "Not the company's manager or declarant")
    public List<AuthorisationView> brokers() {
        return authorisations.ofCompany(member(MANAGER, DECLARANT)).stream().map(AuthorisationView::of).toList();
    }

    @POST
    @Path("brokers")
    @Operation(summary = "Authorise a broker", description = "The company's manager authorises a customs broker (its tax code) to declare "
            + "on the company's behalf: the broker's agents may then declare with onBehalfOf the company. 409 when an authorisation "
            + "of the broker already stands; audited BROKER_AUTHORISED.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrantRequest.class),
            examples = @ExampleObject(name = "broker", value = CompanyViews.GRANT)))
    @APIResponse(responseCode = "201", description = "Granted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorisationView.class)))
    @APIResponse(responseCode = "403", description = "Not the company's manager")
    @APIResponse(responseCode = "409", description = "The broker is already authorised")
    public Response grant(@Valid @NotNull GrantRequest request) {
        OrganisationId id = member(MANAGER);
        OrganisationId broker = OrganisationAccess.organisation("broker", request.broker());
        return Response.status(201).entity(AuthorisationView.of(authorisations.grant(id, broker, actor()))).build();
    }

    @DELETE
    @Path("brokers/{broker}")
    @Operation(summary = "Withdraw a broker's authorisation", description = "The company's manager, at any time: the broker's next "
            + "declaration or amendment for the company is refused (422 broker-not-authorised naming onBehalfOf). Declarations already "
            + "made stay the company's. Audited BROKER_AUTHORISATION_WITHDRAWN.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorisationView.class)))
    @APIResponse(responseCode = "403", description = "Not the company's manager")
    @APIResponse(responseCode = "404", description = "No standing authorisation of this broker")
    public AuthorisationView withdraw(@Parameter(description = "The broker's tax code", example = CompanyViews.BROKER)
                                      @PathParam("broker") @Size(max = Bounds.ORGANISATION_ID_LENGTH) String broker) {
        OrganisationId id = member(MANAGER);
        return AuthorisationView.of(authorisations.withdraw(id, OrganisationAccess.organisation("broker", broker), actor()));
    }

    @GET
    @Path("declarations")
    @Operation(summary = "The company's declarations", description = "Every declaration of the company, newest first (at most "
            + CompanyDeclarations.LISTING_LIMIT + "): its declarants' and its brokers', with who declared each through which broker; "
            + "the company's manager and declarants.")
    @APIResponse(responseCode = "200", description = "The declarations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CompanyDeclarationView.class)))
    @APIResponse(responseCode = "403", description = "Not the company's manager or declarant")
    public List<CompanyDeclarationView> companyDeclarations() {
        return declarations.ofCompany(member(MANAGER, DECLARANT)).stream().map(CompanyDeclarationView::of).toList();
    }

    @Override
    protected PathOrganisation organisationInPath() {
        return new PathOrganisation("company", company);
    }
}
