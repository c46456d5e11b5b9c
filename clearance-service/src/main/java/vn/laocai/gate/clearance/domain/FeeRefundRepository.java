package vn.laocai.gate.clearance.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The refunds of fees lowered after payment (table {@code fee_refund}). */
public interface FeeRefundRepository {

    void add(FeeRefund refund);

    /** The declaration's refunds, oldest first. */
    List<FeeRefund> of(UUID declarationId);

    /** The ids of the refunds still waiting for the provider's confirmation, oldest first. */
    List<UUID> pending(int limit);

    /** A refund, locked for the rest of the transaction. */
    Optional<FeeRefund> locked(UUID id);
}
