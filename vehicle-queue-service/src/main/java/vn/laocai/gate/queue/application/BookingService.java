package vn.laocai.gate.queue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.events.ConsignmentCleared;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.BookingCode;
import vn.laocai.gate.queue.domain.BookingRepository;
import vn.laocai.gate.support.inbox.ProcessedEvents;
import vn.laocai.gate.support.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Use cases of bookings: each runs in one transaction with the events it causes. */
@ApplicationScoped
public class BookingService {

    private static final Logger LOG = Logger.getLogger(BookingService.class);

    /** Name under which this service records the events it has applied. */
    static final String CONSUMER = "vehicle-queue-service";

    private final BookingRepository bookings;
    private final Outbox outbox;
    private final ProcessedEvents processed;
    private final Clock clock;

    public BookingService(BookingRepository bookings, Outbox outbox, ProcessedEvents processed, Clock clock) {
        this.bookings = bookings;
        this.outbox = outbox;
        this.processed = processed;
        this.clock = clock;
    }

    @Transactional
    public Booking book(BookCrossing command) {
        String code = BookingCode.next();
        while (bookings.codeExists(code)) {
            code = BookingCode.next();
        }
        Booking booking = Booking.book(code, command.account(), command.plate(), command.trailerPlate(),
                command.driver(), command.direction(), command.cargoCategory(), command.plannedArrival(),
                Instant.now(clock));
        bookings.add(booking);
        outbox.recordAll(booking.drainEvents());
        LOG.infof("Booked %s for %s (%s)", booking.code(), booking.plate(), booking.direction());
        return booking;
    }

    @Transactional
    public Optional<Booking> find(String code) {
        return bookings.findByCode(code);
    }

    /** Releases every vehicle that carries the cleared consignment; a redelivered event changes nothing. */
    @Transactional
    public void consignmentCleared(String eventId, ConsignmentCleared event) {
        if (!processed.markProcessed(eventId, CONSUMER)) {
            return;
        }
        for (String code : event.bookingCodes()) {
            Optional<Booking> booking = bookings.findByCode(code);
            if (booking.isEmpty()) {
                LOG.warnf("Consignment %s cleared for unknown booking %s", event.declarationId(), code);
                continue;
            }
            booking.get().release(event.declarationId(), event.clearedAt());
            outbox.recordAll(booking.get().drainEvents());
        }
    }
}
