package vn.laocai.gate.simulator.singlewindow;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Simulated National Single Window: verifies e-C/O and e-Phyto certificates; answers by polling only. */
@ApplicationScoped
public class SingleWindowDesk {

    private static final Set<String> TYPES = Set.of("CERTIFICATE_OF_ORIGIN", "PHYTOSANITARY_CERTIFICATE");

    /** A certificate to verify (WCO: additional document). */
    @Schema(name = "CertificateVerificationRequest")
    public record Request(
            @Schema(example = "3c5b9a4e-2f1d-4a7b-8c6e-0d9f1e2a3b4c") String submissionId,
            @Schema(example = "6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f") String declarationId,
            @Schema(example = "1") int version,
            @Schema(example = "305123456789") String customsDeclarationNumber,
            Document document,
            @Schema(example = "5300123456") String exporterTaxCode,
            @Schema(example = "CN") String destinationCountry) {
    }

    public record Document(
            @Schema(example = "CERTIFICATE_OF_ORIGIN") String type,
            @Schema(example = "E2026-VN-0045123") String identifier,
            String sha256) {
    }

    private final SimulatorConfig.SingleWindow config;
    private final double invalidShare;
    private final Desk desk;

    public SingleWindowDesk(SimulatorConfig config, Randomness randomness, Desks desks) {
        this.config = config.nsw();
        this.invalidShare = randomness.certificateInvalidShare();
        this.desk = desks.of(AgencySystem.NSW);
    }

    public Acceptance submit(Request r) {
        desk.enter();
        List<Rejection.Error> errors = new ArrayList<>();
        if (r == null || r.submissionId() == null || r.submissionId().isBlank()) {
            errors.add(new Rejection.Error("submissionId", "is required"));
        }
        if (r == null || r.declarationId() == null || r.declarationId().isBlank()) {
            errors.add(new Rejection.Error("declarationId", "is required"));
        }
        if (r == null || r.document() == null || !TYPES.contains(r.document().type())) {
            errors.add(new Rejection.Error("document.type", "must be CERTIFICATE_OF_ORIGIN or PHYTOSANITARY_CERTIFICATE"));
        }
        if (r == null || r.document() == null || r.document().identifier() == null || r.document().identifier().isBlank()) {
            errors.add(new Rejection.Error("document.identifier", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new SubmissionRejectedException(errors);
        }
        return desk.lodge(r.submissionId(), r.declarationId(), r.version(), r, config.verifyDelay(),
                l -> verify(l, r));
    }

    /** At start, the work taken in before a restart and not answered yet is answered. */
    void resume(@Observes StartupEvent start) {
        desk.resumeUnanswered(Request.class, config.verifyDelay(), this::verify);
    }

    public Optional<List<AnswerMessage>> answers(String reference) {
        return desk.answers(reference);
    }

    private void verify(Lodgement lodged, Request r) {
        boolean valid = desk.draw() >= invalidShare;
        desk.answer(lodged, AnswerMessage.about(UUID.randomUUID().toString(), lodged.reference(), r.declarationId(),
                        r.version(), r.customsDeclarationNumber(), AnswerType.CERTIFICATE_VERIFIED, Instant.now())
                .withValidity(valid, valid ? null : "Certificate " + r.document().identifier()
                        + " not found at the issuing authority"));
    }
}
