package vn.laocai.gate.queue.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.laocai.gate.events.ConsignmentCleared;
import vn.laocai.gate.events.ConsignmentHeld;
import vn.laocai.gate.events.ConsignmentReadyForGate;
import vn.laocai.gate.events.ConsignmentRejected;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.UnreadableEventException;
import vn.laocai.gate.queue.application.BookingService;
import vn.laocai.gate.support.messaging.InboundEvent;

import java.time.temporal.ChronoUnit;

/**
 * Applies clearance events to the queue: declarations give vehicles their priority class, a
 * consignment ready for the gate (or held) allows (or withdraws) call-forward, cleared releases
 * and rejected turns back; other clearance events are not the queue's business. Each attempt is its
 * own transaction (the retry wraps the transaction, not the other way round); a failure is retried
 * with backoff (a database hiccup) and an unreadable record goes to the dead-letter topic at once.
 */
@ApplicationScoped
public class ClearanceEventsConsumer {

    private final BookingService bookings;

    public ClearanceEventsConsumer(BookingService bookings) {
        this.bookings = bookings;
    }

    @Incoming("clearance-events")
    @Blocking
    @Retry(maxRetries = 30, delay = 200, maxDuration = 10, durationUnit = ChronoUnit.MINUTES,
            abortOn = UnreadableEventException.class)
    @ExponentialBackoff(maxDelay = 30_000)
    public void on(ConsumerRecord<String, byte[]> record) {
        InboundEvent event = InboundEvent.read(record);
        if (event.payload() instanceof DeclarationSubmitted submitted) {
            bookings.declarationSubmitted(event.id(), submitted);
        } else if (event.payload() instanceof ConsignmentReadyForGate ready) {
            bookings.consignmentReady(event.id(), ready);
        } else if (event.payload() instanceof ConsignmentHeld held) {
            bookings.consignmentHeld(event.id(), held);
        } else if (event.payload() instanceof ConsignmentCleared cleared) {
            bookings.consignmentCleared(event.id(), cleared);
        } else if (event.payload() instanceof ConsignmentRejected rejected) {
            bookings.consignmentRejected(event.id(), rejected);
        }
    }
}
