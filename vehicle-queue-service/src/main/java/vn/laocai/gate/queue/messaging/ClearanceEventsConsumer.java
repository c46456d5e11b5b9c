package vn.laocai.gate.queue.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.laocai.gate.events.ConsignmentCleared;
import vn.laocai.gate.events.UnreadableEventException;
import vn.laocai.gate.queue.application.BookingService;
import vn.laocai.gate.support.messaging.InboundEvent;

import java.time.temporal.ChronoUnit;

/**
 * Applies clearance events to the queue. Each attempt is its own transaction (the retry wraps the
 * transaction, not the other way round); a failure is retried with backoff (a database hiccup) and
 * an unreadable record goes to the dead-letter topic at once.
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
        if (event.payload() instanceof ConsignmentCleared cleared) {
            bookings.consignmentCleared(event.id(), cleared);
        }
    }
}
