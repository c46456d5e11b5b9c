package vn.laocai.gate.queue.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import vn.laocai.gate.queue.application.DwellWatch;
import vn.laocai.gate.queue.domain.DwellBudgets;
import vn.laocai.gate.queue.domain.DwellLevel;
import vn.laocai.gate.support.i18n.RequestLanguage;
import vn.laocai.gate.support.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The perishable vehicles at the gate against their cargo's dwell budget, and the budgets themselves, for supervisors. */
@Path("/api/yard/perishables")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Yard")
@SecurityRequirement(name = "jwt")
public class PerishablesResource {

    static final String EXAMPLE = """
            [{"code": "KT2-7XK4P9", "plate": "24C-123.45", "direction": "EXPORT", "status": "WAITING", "cargoClass": "DURIAN",
              "cargoClassName": "Durian", "checkedInAt": "2026-06-15T01:05:00Z", "maxDwellMinutes": 2880, "waitedMinutes": 2200,
              "sharePercent": 76, "nearAt": "2026-06-16T13:05:00Z", "budgetEndsAt": "2026-06-17T01:05:00Z", "level": "NEAR"}]""";

    /** One vehicle at the gate and where its wait stands against its cargo's budget. */
    @Schema(name = "PerishableAtGate")
    public record PerishableView(String code, String plate, String direction, String status,
                                 @Schema(description = "The class of the dwell budgets file", example = "DURIAN") String cargoClass,
                                 @Schema(description = "Its name in the language of Accept-Language") String cargoClassName,
                                 Instant checkedInAt, long maxDwellMinutes, long waitedMinutes,
                                 @Schema(description = "The share of the budget waited, in percent (100 at the budget)") long sharePercent,
                                 @Schema(description = "When the wait reaches the near share of the budget") Instant nearAt,
                                 Instant budgetEndsAt,
                                 @Schema(enumeration = {"WITHIN", "NEAR", "PAST"}) String level) {

        static PerishableView of(DwellWatch.Watched w) {
            DwellBudgets.Standing s = w.standing();
            return new PerishableView(w.booking().code(), w.booking().plate().display(), w.booking().direction().name(),
                    w.booking().status().name(), s.cargoClass().id(), s.cargoClass().name(RequestLanguage.current().code()),
                    s.since(), s.cargoClass().maxDwell().toMinutes(), s.waited().toMinutes(), Math.round(s.share() * 100),
                    s.nearAt(), s.pastAt(), s.level().name());
        }
    }

    /** A class of the budgets file. */
    @Schema(name = "DwellBudget")
    public record BudgetView(String id, String name, List<String> hsPrefixes, long maxDwellMinutes, String why) {
    }

    /** The budgets file in force. */
    @Schema(name = "DwellBudgets")
    public record BudgetsView(String version, @Schema(description = "The share of a budget from which a vehicle is near it") double nearShare,
                              String defaultClass, List<BudgetView> classes) {
    }

    private final DwellWatch watch;
    private final Clock clock;

    public PerishablesResource(DwellWatch watch, Clock clock) {
        this.watch = watch;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.GATE_OFFICER, Roles.BORDER_GUARD})
    @Operation(summary = "Perishables at the gate against their dwell budget", description = "Roles supervisor, gate-officer, "
            + "border-guard. Every vehicle checked in and not yet gone that carries perishables (by clearance's decision on a "
            + "consignment, or as booked), furthest into its budget first: its cargo class (by the HS codes of its goods; the "
            + "shortest budget of several), since when it waits, how long its class may, and its level: NEAR from 75 % of the "
            + "budget, PAST beyond it. With level, only those at that level or beyond.")
    @APIResponse(responseCode = "200", description = "The vehicles", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PerishableView.class),
            examples = @ExampleObject(name = "a durian truck near its budget", value = EXAMPLE)))
    public List<PerishableView> atGate(@Parameter(description = "WITHIN, NEAR or PAST: only those at that level or beyond", example = "NEAR")
                                       @QueryParam("level") DwellLevel level) {
        return watch.atGate(Instant.now(clock)).stream()
                .filter(w -> level == null || w.standing().level().compareTo(level) >= 0)
                .map(PerishableView::of).toList();
    }

    @GET
    @Path("budgets")
    @RolesAllowed({Roles.SUPERVISOR, Roles.GATE_OFFICER, Roles.BORDER_GUARD})
    @Operation(summary = "The dwell budgets of perishable cargo", description = "Roles supervisor, gate-officer, border-guard. The "
            + "file in force (gate.queue.dwell.file): each class with the HS code prefixes that match it, how long it may wait at "
            + "the gate and why, names in the language of Accept-Language.")
    @APIResponse(responseCode = "200", description = "The budgets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetsView.class)))
    public BudgetsView budgets() {
        DwellBudgets b = watch.budgets();
        String language = RequestLanguage.current().code();
        return new BudgetsView(b.version(), b.nearShare(), b.defaultClass().id(), b.classes().stream()
                .map(c -> new BudgetView(c.id(), c.name(language), c.hsPrefixes(), c.maxDwell().toMinutes(), c.why())).toList());
    }
}
