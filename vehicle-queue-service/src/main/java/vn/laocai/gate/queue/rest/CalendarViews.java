package vn.laocai.gate.queue.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.queue.application.GateCalendarService;
import com.fasterxml.jackson.annotation.JsonInclude;
import vn.laocai.gate.queue.domain.ArrivalWindow;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.GateClosure;
import vn.laocai.gate.queue.domain.SlotAlternatives;
import vn.laocai.gate.support.problem.Problem;

import java.net.URI;

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

    /** The hours of a coming day still open to booking, and what is left of them. */
    @Schema(name = "ComingDay")
    record ComingDayView(@Schema(description = "Local day (Asia/Ho_Chi_Minh)", example = "2026-12-01") String day,
                         @Schema(example = "EXPORT") String direction,
                         @Schema(description = "Places left over the day's hours shown", example = "212") long free,
                         @Schema(description = "The hours not over yet, earliest first") List<SlotView> hours) {
        static ComingDayView of(GateCalendarService.ComingDay day, Direction direction) {
            List<SlotView> hours = day.hours().stream().map(SlotView::of).toList();
            return new ComingDayView(day.day().toString(), direction.name(), hours.stream().mapToLong(SlotView::free).sum(), hours);
        }
    }

    /** A free slot hour offered instead of the one asked for. */
    @Schema(name = "FreeSlot")
    record FreeSlotView(@Schema(example = "2026-12-01T02:00:00Z") Instant slotStart, @Schema(example = "2026-12-01T03:00:00Z") Instant slotEnd,
                        @Schema(description = "Vehicles it still takes", example = "4") long free) {
        static List<FreeSlotView> of(List<SlotAlternatives.FreeSlot> slots) {
            return slots.stream().map(s -> new FreeSlotView(s.start(), s.start().plus(ArrivalWindow.LENGTH), s.free())).toList();
        }
    }

    /**
     * The problem of a slot that is full or closed (RFC 7807, its extension members {@code before} and {@code after}):
     * the nearest free slots of the direction before it (latest first) and after it (earliest first).
     */
    @Schema(name = "SlotProblem", description = "RFC 7807 problem details of a full or closed slot, with the nearest free slots")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SlotProblem(@Schema(example = "https://gate.laocai.vn/problems/slot-full") URI type, @Schema(example = "Conflict with the current state") String title,
                       @Schema(example = "409") int status, String detail, String instance, List<Problem.FieldViolation> violations,
                       @Schema(description = "Free slots before the one asked for, nearest first") List<FreeSlotView> before,
                       @Schema(description = "Free slots after the one asked for, nearest first") List<FreeSlotView> after) {
        static SlotProblem of(Problem problem, SlotAlternatives alternatives) {
            return new SlotProblem(problem.type(), problem.title(), problem.status(), problem.detail(), problem.instance(), problem.violations(),
                    FreeSlotView.of(alternatives.before()), FreeSlotView.of(alternatives.after()));
        }
    }

    /** A closure as declared, with what it did. */
    @Schema(name = "GateClosure")
    record ClosureView(@Schema(example = "3d6f0a52-8c1e-4f0b-9a57-2b1c9d0e7f11") String id, List<String> directions,
                              Instant closedFrom, Instant closedUntil, @Schema(example = "FLOOD") String reason, String remarks,
                              @Schema(example = "MOVE") String bookingAction, @Schema(example = "42") int bookingsMoved,
                              @Schema(example = "3") int bookingsCancelled, @Schema(example = "officer-1") String closedBy,
                              Instant closedAt, Instant reopenedAt, String reopenedBy,
                              @Schema(description = "Only in the answer of the closing: each booking moved or cancelled and each vehicle held")
                              ClosureOutcomeView outcome) {
        static ClosureView of(GateClosure c) {
            return of(c, null);
        }

        static ClosureView of(GateClosure c, ClosureOutcomeView outcome) {
            return new ClosureView(c.id().toString(), c.directions().stream().map(Enum::name).toList(), c.closedFrom(), c.closedUntil(),
                    c.reason().name(), c.remarks(), c.bookingAction().name(), c.bookingsMoved(), c.bookingsCancelled(), c.closedBy(),
                    c.closedAt(), c.reopenedAt(), c.reopenedBy(), outcome);
        }
    }

    /** What a closure does (or, previewed, would do) to the bookings and the vehicles in the yard. */
    @Schema(name = "ClosureOutcome")
    record ClosureOutcomeView(@Schema(example = "196") long moved, @Schema(example = "4") long cancelled,
                              @Schema(description = "Vehicles in the yard or called forward it holds", example = "30") int yardVehicles,
                              @Schema(description = "The bookings it hits, in the order they are moved: perishables first, then by slot")
                              List<BookingHitView> bookings,
                              @Schema(description = "The vehicles it holds, waiting in their order, then those called forward")
                              List<YardHitView> yard) {
        static ClosureOutcomeView of(GateCalendarService.ClosureOutcome o) {
            return new ClosureOutcomeView(o.moved(), o.cancelled(), o.yard().size(),
                    o.bookings().stream().map(b -> new BookingHitView(b.code(), b.plate(), b.perishable(), b.slot(), b.movedTo(),
                            b.movedTo() == null ? "CANCELLED" : "MOVED")).toList(),
                    o.yard().stream().map(y -> new YardHitView(y.code(), y.plate(), y.direction().name(), y.status(), y.position())).toList());
        }
    }

    /** A booking a closure hits. */
    @Schema(name = "ClosureBookingHit")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BookingHitView(@Schema(example = "KT-7Q4M2X") String code, @Schema(example = "24C-123.45") String plate, boolean perishable,
                          @Schema(example = "2026-12-01T02:00:00Z") Instant slot,
                          @Schema(description = "The slot it moves to; absent when cancelled", example = "2026-12-01T08:00:00Z") Instant movedTo,
                          @Schema(example = "MOVED") String outcome) {
    }

    /** A vehicle in the yard a closure holds. */
    @Schema(name = "ClosureYardHit")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record YardHitView(@Schema(example = "KT-7Q4M2X") String code, @Schema(example = "24C-123.45") String plate,
                       @Schema(example = "EXPORT") String direction, @Schema(example = "WAITING") String status,
                       @Schema(description = "Its place in the yard queue; absent when called forward", example = "3") Integer position) {
    }
}
