package vn.laocai.gate.customs.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.laocai.gate.customs.application.HandoffIntake;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.UnreadableEventException;
import vn.laocai.gate.support.messaging.InboundEvent;

/**
 * Reads {@code clearance.declaration.events} and opens a handoff for each submitted declaration;
 * other event types are not this adapter's business. A transient failure (the database) is retried
 * here with backoff, each try in a transaction of its own (opened by {@link HandoffIntake}, not here,
 * so that a failed try cannot poison the next). An unreadable record is not retried: it fails at once
 * and the connector moves it to {@code customs.dead-letter}.
 */
@ApplicationScoped
public class DeclarationEventsConsumer {

    private final HandoffIntake intake;

    public DeclarationEventsConsumer(HandoffIntake intake) {
        this.intake = intake;
    }

    @Incoming("declarations")
    @Blocking
    @Retry(maxRetries = 5, delay = 200, jitter = 100, abortOn = UnreadableEventException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 5000)
    public void on(ConsumerRecord<String, byte[]> record) {
        InboundEvent event = InboundEvent.read(record);
        if (event.payload() instanceof DeclarationSubmitted declaration) {
            intake.accept(event.id(), declaration);
        }
    }
}
