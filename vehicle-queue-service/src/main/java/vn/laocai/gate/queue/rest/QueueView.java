package vn.laocai.gate.queue.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.YardPlace;
import vn.laocai.gate.queue.domain.YardQueue;
import vn.laocai.gate.support.export.Table;

import java.time.Instant;
import java.util.List;

/** The yard board of one direction: the waiting vehicles in order with positions and ETAs, and the gate area. */
@Schema(name = "Queue")
public record QueueView(
        @Schema(example = "EXPORT") String direction,
        @Schema(description = "Observed mean interval between gate-ins (the configured design rate before there are two)", example = "216")
        long secondsPerVehicle,
        @Schema(example = "2") int waitingCount,
        @Schema(example = "1") int gateAreaCount,
        List<Waiting> waiting,
        List<InGateArea> gateArea,
        @Schema(description = "The closure in force for this direction now, absent when the gate is open: nobody is called forward "
                + "or let in until it ends, the ETAs count from its end and the order is kept")
        ClosureNow closure) {

    /** A closure in force, as the board shows it. */
    @Schema(name = "ClosureInForce")
    public record ClosureNow(@Schema(example = "3d6f0a52-8c1e-4f0b-9a57-2b1c9d0e7f11") String id, @Schema(example = "FLOOD") String reason,
                             @Schema(example = "Red River over the warning level") String remarks, Instant closedFrom, Instant closedUntil) {
    }

    /** A vehicle waiting in the yard. */
    @Schema(name = "QueueEntry")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Waiting(@Schema(example = "1") int position, @Schema(example = "KT2-7XK4P9") String code,
                          @Schema(example = "24C-123.45") String plate, @Schema(example = "PERISHABLE") String priorityClass,
                          @Schema(example = "READY") String clearance,
                          @Schema(description = "Why it would be skipped by a call-forward now (vehicle-held, clearance-pending, consignment-rejected); absent when it may be called")
                          String blockedBy,
                          Boolean held, String holdReason, Boolean requeued, Instant checkedInAt,
                          @Schema(description = "The driver's document read at check-in: MATCH, MISMATCH (shown to the officers; recorded in the audit trail) or NOT_PRESENTED",
                                  example = "MATCH") String driverDocument,
                          @Schema(example = "2026-06-15T01:42:00Z") Instant eta) {
    }

    /** A vehicle called forward, in the gate or released. */
    @Schema(name = "GateAreaEntry")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InGateArea(@Schema(example = "KT2-7XK4P9") String code, @Schema(example = "24C-123.45") String plate,
                             @Schema(example = "IN_GATE") String status, @Schema(example = "1") Integer lane,
                             @Schema(example = "CLEARED") String clearance,
                             Instant calledForwardAt, Instant enteredGateAt, Instant releasedAt) {
    }

    static QueueView of(YardQueue queue, List<Booking> gateArea) {
        List<Waiting> waiting = queue.entries().stream().map(e -> {
            Booking b = e.booking();
            YardPlace y = b.yard();
            return new Waiting(e.position(), b.code(), b.plate().display(), b.priorityClass().name(), b.clearance().name(),
                    b.callForwardRefusal(), y.held() ? Boolean.TRUE : null, y.holdReason(), y.requeued() ? Boolean.TRUE : null,
                    y.checkedInAt(), y.driverDocument() == null ? null : y.driverDocument().name(), e.eta());
        }).toList();
        List<InGateArea> area = gateArea.stream().map(b -> new InGateArea(b.code(), b.plate().display(), b.status().name(),
                b.yard().lane(), b.clearance().name(), b.yard().calledForwardAt(), b.yard().enteredGateAt(), b.yard().releasedAt())).toList();
        ClosureNow closure = queue.closure().map(c -> new ClosureNow(c.id().toString(), c.reason().name(), c.remarks(), c.closedFrom(),
                c.closedUntil())).orElse(null);
        return new QueueView(queue.direction().name(), queue.interval().toSeconds(), waiting.size(), area.size(), waiting, area, closure);
    }

    /** The boards as one table: a row per vehicle, the waiting ones of each direction in order, then its gate area. */
    static Table table(List<QueueView> queues) {
        Table table = Table.of("yard-board", "direction", "section", "position", "code", "plate", "priorityClass", "clearance",
                "blockedBy", "held", "holdReason", "status", "lane", "driverDocument", "checkedInAt", "eta", "calledForwardAt",
                "enteredGateAt", "releasedAt");
        for (QueueView q : queues) {
            for (Waiting w : q.waiting()) {
                table.row(q.direction(), "WAITING", w.position(), w.code(), w.plate(), w.priorityClass(), w.clearance(), w.blockedBy(),
                        Boolean.TRUE.equals(w.held()), w.holdReason(), null, null, w.driverDocument(), w.checkedInAt(), w.eta(),
                        null, null, null);
            }
            for (InGateArea a : q.gateArea()) {
                table.row(q.direction(), "GATE_AREA", null, a.code(), a.plate(), null, a.clearance(), null, null, null, a.status(),
                        a.lane(), null, null, null, a.calledForwardAt(), a.enteredGateAt(), a.releasedAt());
            }
        }
        return table;
    }
}
