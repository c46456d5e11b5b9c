package vn.laocai.gate.clearance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.clearance.domain.BookingLink;
import vn.laocai.gate.clearance.domain.ClearanceCase;
import vn.laocai.gate.clearance.domain.ClearanceStep;
import vn.laocai.gate.clearance.domain.Declaration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Where a consignment stands for the trader: every step, what blocks it now (documents, bookings to replace) and what is left. */
@Schema(name = "Tracking")
public record TrackingView(
        String declarationId,
        int version,
        @Schema(example = "IN_CLEARANCE") String status,
        boolean readyForGate,
        @Schema(description = "What holds the consignment up now: a hold's step, DOCUMENTS, or the first step not done; null when closed",
                example = "PLANT_QUARANTINE") String blockingStep,
        @Schema(description = "An agency system the consignment waits for because it cannot be reached", example = "VNACCS") String waitingFor,
        Instant waitingSince,
        @Schema(description = "Estimate of what is left, in seconds (steps run side by side)", example = "2700") long estimatedRemainingSeconds,
        @Schema(example = "[\"PHYTOSANITARY_CERTIFICATE\"]") List<String> missingDocuments,
        @Schema(description = "Bookings whose driver withdrew the consent they were linked under: the vehicle no longer carries "
                + "the consignment, name another booking in their place", example = "[\"KT2-7XK4P9\"]") List<String> withdrawnBookings,
        @Schema(description = "Bookings clearance has not heard of yet (or of their consent): the consignment is not ready "
                + "for the gate until they are linked", example = "[\"KT2-7XK4P9\"]") List<String> pendingBookings,
        @Schema(description = "Each booking's link: a refused one names its field, rule and reason") List<DeclarationView.LinkView> links,
        @Schema(description = "The documents attached, each with what the check of its signatures found") List<DeclarationView.DocumentView> documents,
        List<DeclarationView.StepView> steps,
        List<DeclarationView.HoldView> openHolds,
        List<DeclarationView.Step> timeline,
        @Schema(description = "What officers decided after failed inspections (treatment, split lot, return...), and whether carried out")
        List<DeclarationView.OutcomeView> outcomes) {

    static TrackingView of(Declaration d, Map<ClearanceStep, Duration> expected, Instant now) {
        ClearanceCase c = d.clearance();
        return new TrackingView(d.id().toString(), d.declarationVersion(), c.status().name(), c.readyForGate(),
                d.blockingStep().orElse(null), c.waitingFor(), c.waitingSince(),
                c.estimatedRemaining(expected, now).toSeconds(),
                d.documents().missing().stream().map(Enum::name).sorted().toList(),
                d.links().stream().filter(l -> l.state() == BookingLink.State.CONSENT_WITHDRAWN).map(BookingLink::bookingCode).toList(),
                d.links().stream().filter(BookingLink::isPending).map(BookingLink::bookingCode).toList(),
                DeclarationView.LinkView.of(d.links()),
                d.documents().attached().stream().map(DeclarationView.DocumentView::of).toList(),
                c.steps().stream().map(DeclarationView.StepView::of).toList(),
                c.openHolds().stream().map(DeclarationView.HoldView::of).toList(),
                d.timeline().stream().map(DeclarationView.Step::of).toList(),
                DeclarationView.OutcomeView.of(c));
    }
}
