package vn.laocai.gate.simulator.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.simulator.security.Caller;
import vn.laocai.gate.simulator.security.Guarded;
import vn.laocai.gate.simulator.agency.AgencySystem;
import vn.laocai.gate.simulator.desk.Desks;
import vn.laocai.gate.simulator.desk.Lodgement;
import vn.laocai.gate.simulator.faults.FaultBoard;
import vn.laocai.gate.simulator.faults.Faults;

import java.util.List;
import java.util.Map;

/** Lets tests and people switch faults of each simulated system at runtime and see what each took in. */
@Guarded(Caller.ADMIN)
@SecurityRequirement(name = "admin-login")
@Path("/admin/systems")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Simulator administration")
public class AdminResource {

    private final FaultBoard faults;
    private final Desks desks;

    public AdminResource(FaultBoard faults, Desks desks) {
        this.faults = faults;
        this.desks = desks;
    }

    @GET
    @Path("/{system}/faults")
    @Operation(summary = "Faults of a system now (VNACCS, NSW, QUARANTINE, BORDER_GUARD)",
            description = "The faults set at runtime, or those every system starts with; a scheduled outage is not shown.")
    public Faults faults(@PathParam("system") AgencySystem system) {
        return faults.of(system);
    }

    @PUT
    @Path("/{system}/faults")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the faults of a system", description = "down: every request answered 503 until set back; "
            + "latencyMs: slow answers; duplicateShare, reorder (+reorderWindowMs), dropShare: callbacks pushed twice, "
            + "out of order, or not at all.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "outage", value = "{\"down\":true,\"latencyMs\":0,"
            + "\"duplicateShare\":0.2,\"reorder\":true,\"reorderWindowMs\":1000,\"dropShare\":0.1}")))
    public Faults setFaults(@PathParam("system") AgencySystem system, Faults newFaults) {
        if (newFaults == null) {
            throw new jakarta.ws.rs.BadRequestException("faults are required");
        }
        return faults.set(system, newFaults);
    }

    @GET
    @Path("/{system}/lodgements")
    @Operation(summary = "What the system took in", description = "One row per submissionId, with how many requests "
            + "carried it: a sender that hands each piece of work over once shows one lodgement per subject.")
    public List<Lodgement.View> lodgements(@PathParam("system") AgencySystem system) {
        return desks.of(system).lodgements();
    }

    @GET
    @Path("/{system}/counters")
    @Operation(summary = "Requests, refusals while down, lodgements and answers of a system",
            description = "Counts since the simulator started: requests, refusedWhileDown, lodged, repeatedSubmissions, "
                    + "answers, callbacksDuplicated, callbacksDropped, callbacksHeldWhileDown.")
    public Map<String, Long> counters(@PathParam("system") AgencySystem system) {
        return desks.of(system).counters();
    }
}
