package vn.laocai.gate.clearance.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The signed decisions of each declaration (table {@code signed_decision}). */
public interface SignedDecisionRepository {

    void add(SignedDecision decision);

    /** How many decisions of the declaration are signed: the next one is numbered one more. */
    int count(UUID declarationId);

    Optional<SignedDecision> find(UUID declarationId, int number);

    List<SignedDecision> list(UUID declarationId);
}
