package vn.laocai.gate.clearance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.clearance.application.SignatureCheck;
import vn.laocai.gate.clearance.application.SignedDecisions;
import vn.laocai.gate.clearance.domain.CanonicalDecision;
import vn.laocai.gate.clearance.domain.SignedDecision;
import vn.laocai.gate.support.security.Roles;
import vn.laocai.gate.support.validation.Bounds;

import java.time.Instant;
import java.util.List;

/** The signed decisions of a clearance case and the check of each signature. */
@Path("/api/declarations/{id}/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clearance case", description = "Decisions of each agency, holds, fee payment")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.BORDER_GUARD, Roles.CUSTOMS_OFFICER, Roles.QUARANTINE_OFFICER, Roles.HEALTH_OFFICER, Roles.SUPERVISOR})
public class SignedDecisionResource {

    /** Decisions are numbered from 1 within a consignment; none has ten thousand. */
    static final int MAX_DECISIONS = 10_000;

    private final SignedDecisions decisions;

    public SignedDecisionResource(SignedDecisions decisions) {
        this.decisions = decisions;
    }

    /** One signed decision: what was signed, the canonical JSON, the signature and the certificate. */
    @Schema(name = "SignedDecision")
    public record SignedDecisionView(@Schema(example = "1") int number, @Schema(example = "PLANT_QUARANTINE") String step,
                                     @Schema(example = "PASS") String decision, @Schema(example = "Fruit free of pests") String reason,
                                     Instant decidedAt, @Schema(example = "quarantine-1") String officer,
                                     @Schema(description = "The exact text signed (UTF-8)") String canonical,
                                     @Schema(description = "Detached JWS (ES256): header..signature") String signature,
                                     @Schema(description = "The signer's X.509 certificate, PEM") String signerCertificate) {
        static SignedDecisionView of(SignedDecision d) {
            CanonicalDecision c = d.canonical();
            return new SignedDecisionView(d.number(), c.step(), c.decision(), c.reason(), c.time(), c.officer(), c.json(),
                    d.signature(), d.signerCertificate());
        }
    }

    /** The check of a stored decision's signature. */
    @Schema(name = "DecisionVerification")
    public record VerificationView(@Schema(example = "1") int number, @Schema(example = "true") boolean valid,
                                   @Schema(example = "CN=quarantine-1,O=Kim Thanh border gate,C=VN") String signer,
                                   @Schema(example = "CN=Kim Thanh officers' development CA,O=Kim Thanh border gate,C=VN") String issuer,
                                   @Schema(description = "Why it does not verify; absent when valid") String problem) {
    }

    @GET
    @Operation(summary = "The signed decisions of a case", description = "Every officer's decision on the case, oldest first, as "
            + "signed: the canonical JSON, the detached JWS and the officer's certificate. Roles: border-guard, customs-officer, "
            + "quarantine-officer, health-officer, supervisor.")
    @APIResponse(responseCode = "200", description = "The signed decisions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = SignedDecisionView.class)))
    public List<SignedDecisionView> signedDecisions(@Parameter(example = Examples.DECLARATION_ID) @PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id) {
        return decisions.list(Callers.uuid("id", id)).stream().map(SignedDecisionView::of).toList();
    }

    @GET
    @Path("{n}/verification")
    @Operation(summary = "Check a decision's signature", description = "Checks decision n of the case from what is stored: the JWS "
            + "over the canonical JSON with the certificate's key, the certificate issued to the deciding officer by the trusted "
            + "authority and valid at the decision's time. valid false names the problem (a stored field changed, another "
            + "signer). Roles: border-guard, customs-officer, quarantine-officer, health-officer, supervisor.")
    @APIResponse(responseCode = "200", description = "The check", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VerificationView.class), examples = @ExampleObject(name = "valid", value = Examples.VERIFICATION)))
    @APIResponse(responseCode = "404", description = "No such declaration or decision")
    public VerificationView decisionVerification(@Parameter(example = Examples.DECLARATION_ID) @PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id,
                                         @Parameter(example = "1") @PathParam("n") @Min(1) @Max(MAX_DECISIONS) int n) {
        SignatureCheck check = decisions.verify(Callers.uuid("id", id), n);
        return new VerificationView(n, check.valid(), check.signer(), check.issuer(), check.problem());
    }
}
