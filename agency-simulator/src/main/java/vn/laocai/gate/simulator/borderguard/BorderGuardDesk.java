package vn.laocai.gate.simulator.borderguard;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.simulator.agency.Acceptance;
import vn.laocai.gate.simulator.agency.AgencySystem;
import vn.laocai.gate.simulator.agency.AnswerMessage;
import vn.laocai.gate.simulator.agency.AnswerType;
import vn.laocai.gate.simulator.agency.Rejection;
import vn.laocai.gate.simulator.agency.SubmissionRejectedException;
import vn.laocai.gate.simulator.config.Randomness;
import vn.laocai.gate.simulator.config.SimulatorConfig;
import vn.laocai.gate.simulator.desk.Desk;
import vn.laocai.gate.simulator.desk.Desks;
import vn.laocai.gate.simulator.desk.Lodgement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Simulated border guard system: checks a vehicle and its driver; refuses a driver without a travel
 * document, and a configured share of the others. Answers by polling only.
 */
@ApplicationScoped
public class BorderGuardDesk {

    /** A vehicle and its driver announced at check-in (WCO: border transport means and crew). */
    @Schema(name = "BorderCrossingRequest")
    public record Request(
            @Schema(example = "3c5b9a4e-2f1d-4a7b-8c6e-0d9f1e2a3b4c") String submissionId,
            @Schema(example = "KT2-7XK4P9") String bookingCode,
            @Schema(example = "EXPORT") String direction,
            TransportMeans transportMeans,
            Driver driver,
            Instant checkedInAt) {
    }

    public record TransportMeans(@Schema(example = "24C-123.45") String plate, String trailerPlate) {
    }

    public record Driver(String name, @Schema(example = "VN") String nationality,
                         @Schema(example = "C1234567") String documentNumber) {
    }

    private final SimulatorConfig.BorderGuard config;
    private final double refusedShare;
    private final Desk desk;

    public BorderGuardDesk(SimulatorConfig config, Randomness randomness, Desks desks) {
        this.config = config.borderGuard();
        this.refusedShare = randomness.borderRefusedShare();
        this.desk = desks.of(AgencySystem.BORDER_GUARD);
    }

    public Acceptance submit(Request r) {
        desk.enter();
        if (r == null || r.submissionId() == null || r.submissionId().isBlank() || r.bookingCode() == null
                || r.transportMeans() == null || r.transportMeans().plate() == null) {
            throw new SubmissionRejectedException(List.of(new Rejection.Error("transportMeans.plate",
                    "submissionId, bookingCode and the plate are required")));
        }
        return desk.lodge(r.submissionId(), r.bookingCode(), 0, r, config.checkDelay(), l -> check(l, r));
    }

    /** At start, the work taken in before a restart and not answered yet is answered. */
    void resume(@Observes StartupEvent start) {
        desk.resumeUnanswered(Request.class, config.checkDelay(), this::check);
    }

    public Optional<List<AnswerMessage>> answers(String reference) {
        return desk.answers(reference);
    }

    private void check(Lodgement lodged, Request r) {
        boolean documented = r.driver() != null && r.driver().documentNumber() != null
                && !r.driver().documentNumber().isBlank();
        boolean refused = !documented || desk.draw() < refusedShare;
        desk.answer(lodged, AnswerMessage.about(UUID.randomUUID().toString(), lodged.reference(), null, null, null,
                        AnswerType.BORDER_CHECKED, Instant.now())
                .withBookingCode(r.bookingCode())
                .withOutcome(refused ? "REFUSED" : "CLEARED", !documented ? "Driver has no passport or border pass"
                        : refused ? "Driver on the watch list" : null, null));
    }
}
