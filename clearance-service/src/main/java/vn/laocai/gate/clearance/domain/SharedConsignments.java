package vn.laocai.gate.clearance.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What of the consignments is shared with other agencies, read as it is stored: the partner API's records and the
 * open dataset's raw rows. No party, person, document or booking is in them (see the README, "Partner API").
 */
public interface SharedConsignments {

    /** Consignments submitted in {@code [from, until)}, oldest first (then by id), from {@code offset}, at most {@code limit}. */
    List<SharedConsignment> submittedBetween(Instant from, Instant until, int offset, int limit);

    /** The goods lines of the consignments cleared in {@code [from, until)}, for the open dataset. */
    List<ClearedLine> clearedBetween(Instant from, Instant until);

    /** A consignment as shared. */
    record SharedConsignment(UUID id, String customsDeclarationNumber, Direction direction, String destinationCountry,
                             DeclarationStatus status, Instant submittedAt, Instant clearedAt, Instant rejectedAt,
                             long feeAmountVnd, List<SharedGoods> goods, List<SharedStep> steps) {
    }

    /** A goods line as shared: no value, no party. */
    record SharedGoods(String hsCode, String description, String originCountry, BigDecimal netWeightKg, BigDecimal grossWeightKg) {

        public String hsChapter() {
            return hsCode.substring(0, 2);
        }
    }

    /** An agency's step and when it was decided (null while open). */
    record SharedStep(ClearanceStep step, StepState state, Instant decidedAt) {
    }

    /** One goods line of a cleared consignment, with the consignment's direction and times. */
    record ClearedLine(UUID declarationId, Direction direction, Instant submittedAt, Instant clearedAt,
                       int lineNumber, String hsCode, BigDecimal grossWeightKg) {
    }
}
