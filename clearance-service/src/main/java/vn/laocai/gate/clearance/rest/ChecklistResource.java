package vn.laocai.gate.clearance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.clearance.application.GaccCodes;
import vn.laocai.gate.clearance.domain.Checklist;
import vn.laocai.gate.clearance.domain.ClearancePolicy;
import vn.laocai.gate.clearance.domain.ClearanceStep;
import vn.laocai.gate.clearance.domain.TrilingualText;
import vn.laocai.gate.support.domain.InvalidValueException;
import vn.laocai.gate.support.security.Roles;
import vn.laocai.gate.support.validation.Bounds;

import java.util.List;

/** An officer's checklist of a consignment: what their agency's step verifies, and why, from the requirement rules. */
@Path("/api/declarations/{id}/checklist")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clearance case", description = "Decisions of each agency, holds, fee payment")
@SecurityRequirement(name = "jwt")
public class ChecklistResource {

    static final String EXAMPLE = """
            {"declarationId": "0b6c7a52-8a52-4a8e-9d55-2f7b8c1e9a10", "declarationVersion": 6, "step": "PLANT_QUARANTINE",
             "stepState": "PENDING", "rulesVersion": "2026.2",
             "items": [{"rule": "fruit-vegetables-export-china", "document": "PLANTING_AREA_CODE", "present": true,
               "what": {"vi": "Mã số vùng trồng có trong danh sách GACC đã phê duyệt cho loại quả này, không bị tạm dừng, và khớp với nhãn trên thùng hàng",
                        "en": "The planting-area code is on GACC's approved list for this fruit, not suspended, and matches the labels on the boxes",
                        "zh": "种植基地编码在GACC批准名单内、适用于该水果、未被暂停，并与箱上标签一致"},
               "why": {"vi": "…", "en": "Fresh fruit and vegetables for China are admitted only from planting areas and packing houses whose codes China's customs (GACC) approved", "zh": "…"},
               "sources": ["GACC Decree 248 (2021), Registration of Overseas Manufacturers of Imported Food"],
               "attached": [{"type": "PLANTING_AREA_CODE", "number": "VN-LCA-0101", "attachedInVersion": 5,
                 "gaccList": {"listVersion": "VN-2026-11-20-SAMPLE", "status": "ACTIVE"}}]}]}""";

    private final Callers callers;
    private final ClearancePolicy policy;
    private final GaccCodes gaccCodes;

    public ChecklistResource(Callers callers, ClearancePolicy policy, GaccCodes gaccCodes) {
        this.callers = callers;
        this.policy = policy;
        this.gaccCodes = gaccCodes;
    }

    @GET
    @RolesAllowed({Roles.BORDER_GUARD, Roles.CUSTOMS_OFFICER, Roles.QUARANTINE_OFFICER, Roles.HEALTH_OFFICER, Roles.FEE_OFFICER,
            Roles.SUPERVISOR})
    @Operation(summary = "An officer's checklist of a consignment", description = "Roles border-guard, customs-officer, "
            + "quarantine-officer, health-officer, fee-officer (their own agency's step) and supervisor (any step, named). For the step "
            + "(the caller's own agency's when absent): every check the requirement rules matching the declaration in force ask of "
            + "that agency, each with what to verify and the rule's reason (vi, en, zh), the rule's legal sources, and the documents "
            + "of that type attached so far (present false while none is), a planting-area or packing-house code with its status on "
            + "the GACC code list in force now. An empty list: the rules ask nothing of that step here.")
    @APIResponse(responseCode = "200", description = "The checklist", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChecklistView.class), examples = @ExampleObject(name = "durian for China", value = EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Another agency's step")
    @APIResponse(responseCode = "404", description = "No such declaration")
    public ChecklistView checklist(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id,
                                   @Parameter(description = "The step; the caller's agency's own when absent", example = "PLANT_QUARANTINE")
                                   @QueryParam("step") @Size(max = 20)
                                   @Pattern(regexp = "CUSTOMS|HEALTH_QUARANTINE|BORDER_GUARD|PLANT_QUARANTINE|FEE_PAYMENT",
                                           message = "{constraint.step}") String step) {
        ClearanceStep wanted;
        if (step == null) {
            wanted = callers.ownStep().orElseThrow(() -> new InvalidValueException("step", "a supervisor names the step")
                    .saying("step-needed"));
        } else {
            wanted = ClearanceStep.valueOf(step);
            if (!callers.hasRole(Roles.SUPERVISOR)) {
                callers.requireAgencyOf(wanted);
            }
        }
        var declaration = callers.visible(id);
        return ChecklistView.of(declaration.id().toString(), declaration.checklist(policy, wanted), gaccCodes);
    }

    @Schema(name = "Checklist")
    record ChecklistView(String declarationId, int declarationVersion, String step, String stepState, String rulesVersion,
                         List<ItemView> items) {

        static ChecklistView of(String id, Checklist c, GaccCodes gaccCodes) {
            return new ChecklistView(id, c.declarationVersion(), c.step().name(), c.stepState().name(), c.rulesVersion(),
                    c.items().stream().map(i -> ItemView.of(i, gaccCodes)).toList());
        }
    }

    @Schema(name = "ChecklistItem")
    record ItemView(@Schema(description = "The id of the requirement rule") String rule,
                    @Schema(description = "The document to verify; null for the goods or vehicle themselves") String document,
                    @Schema(description = "Whether that document is attached") boolean present,
                    @Schema(description = "What to verify") TrilingualText what,
                    @Schema(description = "Why: the rule's reason") TrilingualText why,
                    @Schema(description = "The rule's legal sources") List<String> sources,
                    List<Attached> attached) {

        static ItemView of(Checklist.Item item, GaccCodes gaccCodes) {
            return new ItemView(item.ruleId(), item.document() == null ? null : item.document().name(), item.present(),
                    item.what(), item.why(), item.sources(),
                    item.attached().stream().map(d -> new Attached(d.type().name(), d.number(), d.attachedInVersion(),
                            gaccCodes.standing(d.type(), d.number()).orElse(null))).toList());
        }
    }

    @Schema(name = "ChecklistDocument")
    record Attached(String type, String number, int attachedInVersion,
                    @Schema(description = "For a planting-area or packing-house code: its status on the GACC code list in force now "
                            + "(ACTIVE, SUSPENDED, UNKNOWN); null for another document") GaccCodes.CodeStanding gaccList) {
    }
}
