package vn.laocai.gate.queue.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.queue.application.WhatIf;
import vn.laocai.gate.queue.config.QueueConfig;
import vn.laocai.gate.support.security.Roles;

/** What-if for supervisors: a coming day simulated from its bookings, as planned and with changes. */
@Path("/api/what-if")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "What-if", description = "The peak-day simulation run from the real calendar of a coming day")
@SecurityRequirement(name = "jwt")
public class WhatIfResource {

    private final WhatIf whatIf;
    private final QueueConfig config;

    public WhatIfResource(WhatIf whatIf, QueueConfig config) {
        this.whatIf = whatIf;
        this.config = config;
    }

    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.GATE_OFFICER})
    @Operation(summary = "Simulate a coming day, as planned and with changes",
            description = "Roles: supervisor, gate-officer. Runs the gate simulation of a coming day (tomorrow to 30 days ahead, Vietnam time) "
                    + "from the service's data: the bookings of the day (direction, cargo category, slot), the closures over it and the slot "
                    + "calendar, plus what the model of the peak day (peak-day.json) gives: walk-ins, no-shows, lateness, papers and the "
                    + "agencies' times. Both columns run the platform's rules with the same seeds; \"withChanges\" also tries the lanes, "
                    + "the capacity per lane, a closure and Hekou's daily limit given. Answers the mean, p50, p95 and maximum yard wait "
                    + "(all trucks, perishables) with 95 % confidence intervals, throughput, trucks waiting at midnight and the queue "
                    + "length every 10 minutes, with the assumptions and how long it took (seconds for a day of 1,000 bookings). "
                    + "Nothing is changed: no booking, closure or setting.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WhatIfRequest.class),
            examples = {@ExampleObject(name = "a third export lane, a closure and Hekou's limit", value = WhatIfExamples.QUESTION),
                    @ExampleObject(name = "the day as planned only", value = WhatIfExamples.AS_PLANNED)}))
    @APIResponse(responseCode = "200", description = "The two columns, side by side",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WhatIfView.class),
                    examples = @ExampleObject(name = "answer", value = WhatIfExamples.ANSWER)))
    @APIResponse(responseCode = "400", description = "Not a coming day, a value out of its bounds, a closure ending before it starts: "
            + "the problem names the field",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not a coming day",
                    value = WhatIfExamples.NOT_A_COMING_DAY)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither supervisor nor gate-officer")
    public WhatIfView simulate(@Valid @NotNull WhatIfRequest request) {
        return WhatIfView.of(whatIf.run(request.question()), config.zone().getId());
    }
}
