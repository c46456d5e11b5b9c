package vn.laocai.gate.notification.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.laocai.gate.events.UnreadableEventException;
import vn.laocai.gate.notification.application.NotificationEventHandlers;
import vn.laocai.gate.support.messaging.InboundEvent;

/**
 * Reads the queue's, clearance's and the customs adapter's events and hands them to
 * {@link NotificationEventHandlers}. Each attempt is its own transaction; failures retry with backoff
 * (counts and delays in application.properties), unreadable records go to the dead-letter topic
 * {@code notification.dead-letter} at once.
 */
@ApplicationScoped
public class PlatformEventsConsumer {

    private final NotificationEventHandlers handlers;

    public PlatformEventsConsumer(NotificationEventHandlers handlers) {
        this.handlers = handlers;
    }

    @Incoming("booking-events")
    @Blocking("event-consumers")
    @Retry(abortOn = UnreadableEventException.class)
    @ExponentialBackoff
    public void onBookingEvent(ConsumerRecord<String, byte[]> record) {
        apply(record);
    }

    @Incoming("clearance-events")
    @Blocking("event-consumers")
    @Retry(abortOn = UnreadableEventException.class)
    @ExponentialBackoff
    public void onClearanceEvent(ConsumerRecord<String, byte[]> record) {
        apply(record);
    }

    @Incoming("customs-events")
    @Blocking("event-consumers")
    @Retry(abortOn = UnreadableEventException.class)
    @ExponentialBackoff
    public void onCustomsEvent(ConsumerRecord<String, byte[]> record) {
        apply(record);
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        InboundEvent event = InboundEvent.read(record);
        handlers.handle(event.id(), event.payload());
    }
}
