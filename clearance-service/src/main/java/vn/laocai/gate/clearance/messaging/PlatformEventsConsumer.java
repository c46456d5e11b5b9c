package vn.laocai.gate.clearance.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.laocai.gate.clearance.application.DeclarationService;
import vn.laocai.gate.events.UnreadableEventException;
import vn.laocai.gate.support.messaging.InboundEvent;

import java.time.temporal.ChronoUnit;

/**
 * Applies the queue's and the customs adapter's events to declarations. Each attempt is its own
 * transaction; failures retry with backoff, unreadable records go to the dead-letter topic.
 */
@ApplicationScoped
public class PlatformEventsConsumer {

    private final DeclarationService declarations;

    public PlatformEventsConsumer(DeclarationService declarations) {
        this.declarations = declarations;
    }

    @Incoming("booking-events")
    @Blocking
    @Retry(maxRetries = 30, delay = 200, maxDuration = 10, durationUnit = ChronoUnit.MINUTES,
            abortOn = UnreadableEventException.class)
    @ExponentialBackoff(maxDelay = 30_000)
    public void onBookingEvent(ConsumerRecord<String, byte[]> record) {
        InboundEvent event = InboundEvent.read(record);
        declarations.apply(event.id(), event.payload());
    }

    @Incoming("customs-events")
    @Blocking
    @Retry(maxRetries = 30, delay = 200, maxDuration = 10, durationUnit = ChronoUnit.MINUTES,
            abortOn = UnreadableEventException.class)
    @ExponentialBackoff(maxDelay = 30_000)
    public void onCustomsEvent(ConsumerRecord<String, byte[]> record) {
        InboundEvent event = InboundEvent.read(record);
        declarations.apply(event.id(), event.payload());
    }
}
