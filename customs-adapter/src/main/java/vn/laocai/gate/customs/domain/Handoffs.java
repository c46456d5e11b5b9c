package vn.laocai.gate.customs.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The handoffs kept by the adapter. The {@code lock} methods hold the handoff until the transaction ends. */
public interface Handoffs {

    void add(Handoff handoff);

    Optional<Handoff> find(AgencySystem system, String declarationId, int version);

    Optional<Handoff> lock(UUID id);

    Optional<Handoff> lockByAgencyReference(AgencySystem system, String agencyReference);

    /** PENDING handoffs whose next attempt is due, oldest first. */
    List<UUID> dueForSubmission(Instant now, int limit);

    /** Handoffs awaiting answers that heard nothing and were not polled since {@code quietSince}. */
    List<Handoff> quietSince(Instant quietSince, int limit);

    List<Handoff> ofDeclaration(String declarationId);
}
