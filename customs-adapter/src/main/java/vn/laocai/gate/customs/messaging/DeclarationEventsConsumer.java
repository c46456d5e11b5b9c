package vn.laocai.gate.customs.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.laocai.gate.customs.application.CustomsEventHandlers;
import vn.laocai.gate.events.UnreadableEventException;
import vn.laocai.gate.support.messaging.InboundEvent;

/**
 * Reads {@code clearance.declaration.events} (submitted declarations), {@code queue.booking.events}
 * (bookings, amendments) and {@code queue.border-guard.events} (checked-in vehicles and their drivers, with
 * the driver's document: read by this service alone) and hands each event to {@link CustomsEventHandlers}. A transient
 * failure (the database) is retried here with backoff (counts and waits in application.properties,
 * {@code quarkus.fault-tolerance."...DeclarationEventsConsumer"}), each try in a transaction of
 * its own (opened by the intake, not here, so that a failed try cannot poison the next). A record that
 * cannot succeed (unreadable) is not retried: it fails at once and
 * the connector moves it to {@code customs.dead-letter}, from where an operator replays it after a fix
 * ({@code ./gate replay}).
 */
@ApplicationScoped
@Retry(abortOn = UnreadableEventException.class)
@ExponentialBackoff
public class DeclarationEventsConsumer {

    private final CustomsEventHandlers handlers;

    public DeclarationEventsConsumer(CustomsEventHandlers handlers) {
        this.handlers = handlers;
    }

    @Incoming("declarations")
    @Blocking("event-consumers")
    public void onDeclaration(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }

    @Incoming("bookings")
    @Blocking("event-consumers")
    public void onBooking(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }

    @Incoming("border-guard")
    @Blocking("event-consumers")
    public void onBorderCheck(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        InboundEvent event = InboundEvent.read(record);
        handlers.handle(event.id(), event.payload());
    }
}
