package vn.laocai.gate.clearance.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The share links of traceability records (table {@code traceability_link}). */
public interface TraceabilityLinkRepository {

    void add(TraceabilityLink link);

    Optional<TraceabilityLink> find(UUID id);

    /** The link whose token has this SHA-256. */
    Optional<TraceabilityLink> byTokenHash(String tokenHash);

    /** The links of a declaration, newest first. */
    List<TraceabilityLink> ofDeclaration(UUID declarationId);
}
