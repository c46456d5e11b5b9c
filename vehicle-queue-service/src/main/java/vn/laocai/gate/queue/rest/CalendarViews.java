package vn.laocai.gate.queue.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.queue.application.GateCalendarService;
import vn.laocai.gate.queue.domain.GateClosure;

import java.time.Instant;
import java.util.List;

/** The slot calendar and the gate closures as drivers and officers see them. */
final class CalendarViews {

    private CalendarViews() {
    }

    /** One slot hour. */
    @Schema(name = "Slot")
    record SlotView(@Schema(example = "2026-12-01T01:00:00Z") Instant slotStart, @Schema(description = "Local hour", example = "8") int hour,
                           @Schema(example = "17") int capacity, @Schema(example = "12") long booked, @Schema(example = "5") long free,
                           boolean closed) {
        static SlotView of(GateCalendarService.SlotUse use) {
            long free = use.closed() ? 0 : Math.max(0, use.capacity() - use.booked());
            return new SlotView(use.slotStart(), use.hour(), use.capacity(), use.booked(), free, use.closed());
        }
    }

    /** A closure as declared, with what it did. */
    @Schema(name = "GateClosure")
    record ClosureView(@Schema(example = "3d6f0a52-8c1e-4f0b-9a57-2b1c9d0e7f11") String id, List<String> directions,
                              Instant closedFrom, Instant closedUntil, @Schema(example = "FLOOD") String reason, String remarks,
                              @Schema(example = "MOVE") String bookingAction, @Schema(example = "42") int bookingsMoved,
                              @Schema(example = "3") int bookingsCancelled, @Schema(example = "officer-1") String closedBy,
                              Instant closedAt, Instant reopenedAt, String reopenedBy) {
        static ClosureView of(GateClosure c) {
            return new ClosureView(c.id().toString(), c.directions().stream().map(Enum::name).toList(), c.closedFrom(), c.closedUntil(),
                    c.reason().name(), c.remarks(), c.bookingAction().name(), c.bookingsMoved(), c.bookingsCancelled(), c.closedBy(),
                    c.closedAt(), c.reopenedAt(), c.reopenedBy());
        }
    }
}
