package vn.laocai.gate.customs.application;

import vn.laocai.gate.customs.domain.Booking;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.DocumentReference;
import vn.laocai.gate.events.BorderCheckRequested;

import java.util.UUID;

/** Writes the messages each agency system takes (formats in the module README); the handoff id is the submission id. */
public interface AgencyMessages {

    String customsDeclaration(UUID submissionId, DeclarationSubmitted declaration);

    String certificateVerification(UUID submissionId, DeclarationSubmitted declaration, DocumentReference certificate);

    String quarantineRequest(UUID submissionId, DeclarationSubmitted declaration);

    String borderCrossing(UUID submissionId, Booking booking, BorderCheckRequested request);
}
