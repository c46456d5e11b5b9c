package vn.laocai.gate.simulator.quarantine;

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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Simulated plant/animal quarantine: decides PASS, FAIL, SAMPLE or TREATMENT by configured weights;
 * a SAMPLE or TREATMENT is followed by a PASS one delay later. Pushes decisions by callback and keeps them for polling.
 */
@ApplicationScoped
public class QuarantineDesk {

    /** A consignment registered for plant/animal quarantine. */
    @Schema(name = "QuarantineRequest")
    public record Request(
            @Schema(example = "3c5b9a4e-2f1d-4a7b-8c6e-0d9f1e2a3b4c") String submissionId,
            @Schema(example = "6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f") String declarationId,
            @Schema(example = "1") int version,
            @Schema(example = "305123456789") String customsDeclarationNumber,
            Party declarant,
            @Schema(example = "EXPORT") String direction,
            @Schema(example = "CN") String destinationCountry,
            List<String> bookingCodes,
            List<Item> goodsItems) {
    }

    public record Party(String taxCode, String name) {
    }

    public record Item(int sequenceNumber, @Schema(example = "08106000") String hsCode, String description,
                       BigDecimal netWeightKg, String originCountry) {
    }

    private final SimulatorConfig.Quarantine config;
    private final Randomness.QuarantineWeights weights;
    private final Desk desk;

    public QuarantineDesk(SimulatorConfig config, Randomness randomness, Desks desks) {
        this.config = config.quarantine();
        this.weights = randomness.quarantine();
        this.desk = desks.of(AgencySystem.QUARANTINE);
    }

    public Acceptance submit(Request r) {
        desk.enter();
        if (r == null || r.submissionId() == null || r.submissionId().isBlank() || r.declarationId() == null
                || r.goodsItems() == null || r.goodsItems().isEmpty()) {
            throw new SubmissionRejectedException(List.of(new Rejection.Error(
                    r == null || r.submissionId() == null || r.submissionId().isBlank() ? "submissionId"
                            : r.declarationId() == null ? "declarationId" : "goodsItems",
                    "is required")));
        }
        return desk.lodge(r.submissionId(), r.declarationId(), r.version(), r, config.decisionDelay(),
                l -> decide(l, r));
    }

    /** At start, the consignments taken in before a restart go on from their last decision. */
    void resume(@Observes StartupEvent start) {
        desk.resume(Request.class, (lodged, r, answered) -> {
            if (answered.isEmpty()) {
                desk.after(config.decisionDelay(), () -> decide(lodged, r));
                return true;
            }
            String last = answered.get(answered.size() - 1).outcome();
            if ("SAMPLE".equals(last) || "TREATMENT".equals(last)) {
                desk.after(config.decisionDelay(), () -> desk.answer(lodged, decision(lodged, r, "PASS")));
                return true;
            }
            return false;
        });
    }

    public Optional<List<AnswerMessage>> answers(String reference) {
        return desk.answers(reference);
    }

    private void decide(Lodgement lodged, Request r) {
        double draw = desk.draw() * weights.total();
        String outcome = draw < weights.pass() ? "PASS" : draw < weights.pass() + weights.fail() ? "FAIL"
                : draw < weights.pass() + weights.fail() + weights.sample() ? "SAMPLE" : "TREATMENT";
        desk.answer(lodged, decision(lodged, r, outcome));
        if (outcome.equals("SAMPLE") || outcome.equals("TREATMENT")) {
            desk.after(config.decisionDelay(), () -> desk.answer(lodged, decision(lodged, r, "PASS")));
        }
    }

    private AnswerMessage decision(Lodgement lodged, Request r, String outcome) {
        String certificate = outcome.equals("PASS") ? "KDTV-LC-" + lodged.reference().substring(5) : null;
        return AnswerMessage.about(UUID.randomUUID().toString(), lodged.reference(), r.declarationId(), r.version(),
                        r.customsDeclarationNumber(), AnswerType.QUARANTINE_DECIDED, Instant.now())
                .withOutcome(outcome, outcome.equals("FAIL") ? "Live pests found in samples" : null, certificate);
    }
}
