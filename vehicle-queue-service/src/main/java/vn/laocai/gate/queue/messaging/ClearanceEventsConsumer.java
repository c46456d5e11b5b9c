package vn.laocai.gate.queue.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.laocai.gate.events.UnreadableEventException;
import vn.laocai.gate.queue.application.QueueEventHandlers;
import vn.laocai.gate.support.messaging.InboundEvent;

/**
 * Reads the clearance events and hands each to {@link QueueEventHandlers}, which applies the ones the
 * queue cares about. Each attempt is its own transaction (the retry wraps the transaction, not the
 * other way round); a failure is retried with exponential backoff (a database hiccup; the numbers are
 * in application.properties) and an unreadable record goes to the dead-letter topic at once.
 */
@ApplicationScoped
public class ClearanceEventsConsumer {

    private final QueueEventHandlers handlers;

    public ClearanceEventsConsumer(QueueEventHandlers handlers) {
        this.handlers = handlers;
    }

    @Incoming("clearance-events")
    @Blocking("event-consumers")
    @Retry(abortOn = UnreadableEventException.class)
    @ExponentialBackoff
    public void on(ConsumerRecord<String, byte[]> record) {
        InboundEvent event = InboundEvent.read(record);
        handlers.handle(event.id(), event.payload());
    }
}
