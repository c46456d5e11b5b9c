package vn.laocai.gate.customs.agency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import vn.laocai.gate.customs.application.AgencyMessages;
import vn.laocai.gate.customs.domain.Booking;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.DocumentReference;
import vn.laocai.gate.events.BorderCheckRequested;

import java.util.UUID;

/** Writes the agency messages as JSON, once, when the handoff is opened; they are sent as written. */
@ApplicationScoped
public class JsonAgencyMessages implements AgencyMessages {

    private final ObjectMapper json;

    public JsonAgencyMessages(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String customsDeclaration(UUID submissionId, DeclarationSubmitted declaration) {
        return write(VnaccsSubmission.of(submissionId, declaration));
    }

    @Override
    public String certificateVerification(UUID submissionId, DeclarationSubmitted declaration,
                                          DocumentReference certificate) {
        return write(CertificateVerificationRequest.of(submissionId, declaration, certificate));
    }

    @Override
    public String quarantineRequest(UUID submissionId, DeclarationSubmitted declaration) {
        return write(QuarantineRequest.of(submissionId, declaration));
    }

    @Override
    public String borderCrossing(UUID submissionId, Booking booking, BorderCheckRequested request) {
        return write(BorderCrossingRequest.of(submissionId, booking, request));
    }

    private String write(Object message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + message.getClass().getSimpleName(), e);
        }
    }
}
