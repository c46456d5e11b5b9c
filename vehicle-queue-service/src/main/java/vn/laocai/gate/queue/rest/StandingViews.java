package vn.laocai.gate.queue.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.queue.application.PenaltyService;
import vn.laocai.gate.queue.domain.BookingBlock;

import java.time.Instant;

/** The fair penalties as a person, a carrier and an officer see them. */
final class StandingViews {

    private StandingViews() {
    }

    /** A block from booking: whom, why, until when, and who lifted it. */
    @Schema(name = "BookingBlock")
    record BlockView(@Schema(example = "17") long id,
                     @Schema(description = "account:<name>, carrier:<code> or plate:<plate>", example = "account:driver-an") String subject,
                     @Schema(description = "NO_SHOW or LATE_CANCELLATION", example = "NO_SHOW") String cause,
                     @Schema(description = "How many within the window led to it", example = "2") int strikes,
                     Instant blockedAt, @Schema(example = "2026-12-15T01:00:00Z") Instant blockedUntil,
                     Instant liftedAt, @Schema(example = "officer-1") String liftedBy, String liftReason) {
        static BlockView of(BookingBlock b) {
            return new BlockView(b.id(), b.subject(), b.cause().name(), b.strikes(), b.blockedAt(), b.blockedUntil(), b.liftedAt(),
                    b.liftedBy(), b.liftReason());
        }
    }

    /** An account's or a carrier's standing: what counts against it now, the limits, and the block in force. */
    @Schema(name = "BookingStanding")
    record StandingView(@Schema(example = "account:driver-an") String subject,
                        @Schema(description = "No-shows within the window", example = "1") long noShows,
                        @Schema(description = "No-shows that block", example = "2") int noShowLimit,
                        @Schema(description = "Late cancellations within the window", example = "0") long lateCancellations,
                        @Schema(description = "Late cancellations that block", example = "2") int lateCancellationLimit,
                        @Schema(description = "Since when they count (the window's start, or the end of the last block)") Instant countedFrom,
                        boolean blocked, @Schema(description = "Until when it may not book; absent when not blocked") Instant blockedUntil,
                        @Schema(description = "The block in force; absent when none") BlockView block) {
        static StandingView of(PenaltyService.Standing s) {
            return new StandingView(s.subject(), s.noShows(), s.noShowLimit(), s.lateCancellations(), s.lateCancellationLimit(),
                    s.countedFrom(), s.block().isPresent(), s.block().map(BookingBlock::blockedUntil).orElse(null),
                    s.block().map(BlockView::of).orElse(null));
        }
    }
}
