package vn.laocai.gate.customs.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.laocai.gate.customs.application.UnknownBookingException;
import vn.laocai.gate.events.UnreadableEventException;
import vn.laocai.gate.support.messaging.InboundEvent;

/**
 * Reads {@code clearance.declaration.events} (submitted declarations) and {@code queue.booking.events}
 * (bookings, amendments, check-ins). A transient failure (the database) is retried here with backoff,
 * each try in a transaction of its own (opened by the intake, not here, so that a failed try cannot
 * poison the next). A record that cannot succeed (unreadable, or a check-in of an unknown booking) is
 * not retried: it fails at once and the connector moves it to {@code customs.dead-letter}, from where
 * an operator replays it after a fix ({@code ./gate replay}).
 */
@ApplicationScoped
public class DeclarationEventsConsumer {

    private final EventRouter router;

    public DeclarationEventsConsumer(EventRouter router) {
        this.router = router;
    }

    @Incoming("declarations")
    @Blocking
    @Retry(maxRetries = 5, delay = 200, jitter = 100,
            abortOn = {UnreadableEventException.class, UnknownBookingException.class})
    @ExponentialBackoff(factor = 2, maxDelay = 5000)
    public void onDeclaration(ConsumerRecord<String, byte[]> record) {
        router.route(InboundEvent.read(record));
    }

    @Incoming("bookings")
    @Blocking
    @Retry(maxRetries = 5, delay = 200, jitter = 100,
            abortOn = {UnreadableEventException.class, UnknownBookingException.class})
    @ExponentialBackoff(factor = 2, maxDelay = 5000)
    public void onBooking(ConsumerRecord<String, byte[]> record) {
        router.route(InboundEvent.read(record));
    }
}
