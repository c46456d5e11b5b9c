package vn.laocai.gate.clearance.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The signed decisions of each declaration (table {@code signed_decision}). */
public interface SignedDecisionRepository {

    void add(SignedDecision decision);

    /**
     * The number the declaration's next signed decision takes: one more than those kept. Taking it holds the
     * declaration's numbering until the transaction ends, so a concurrent decision on the same declaration waits and
     * then counts this one (its own change of the declaration then meets the optimistic lock and is tried again).
     */
    int nextNumber(UUID declarationId);

    Optional<SignedDecision> find(UUID declarationId, int number);

    List<SignedDecision> list(UUID declarationId);
}
