package vn.laocai.gate.customs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.customs.domain.AgencySystem;
import vn.laocai.gate.customs.domain.Booking;
import vn.laocai.gate.customs.domain.BookingRepository;
import vn.laocai.gate.customs.domain.Direction;
import vn.laocai.gate.customs.domain.Handoff;
import vn.laocai.gate.customs.domain.HandoffRepository;
import vn.laocai.gate.customs.domain.Routing;
import vn.laocai.gate.events.BookingAmended;
import vn.laocai.gate.events.BorderCheckRequested;
import vn.laocai.gate.events.CrossingBooked;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.DocumentReference;
import vn.laocai.gate.support.inbox.ProcessedEvents;
import vn.laocai.gate.support.tx.AfterCommit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens handoffs from the events of the other services, each event once (inbox): a declaration
 * version to customs when its customs content changed, its certificates to the National Single
 * Window, plant or animal goods to quarantine, a checked-in vehicle to the border guard.
 */
@ApplicationScoped
public class HandoffIntake {

    /** The consumer name under which consumed events are marked processed. */
    public static final String CONSUMER = "customs-adapter";

    private static final Logger LOG = Logger.getLogger(HandoffIntake.class);

    private final HandoffRepository handoffs;
    private final BookingRepository bookings;
    private final ProcessedEvents processedEvents;
    private final AgencyMessages messages;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final HandoffDispatcher dispatcher;

    public HandoffIntake(HandoffRepository handoffs, BookingRepository bookings, ProcessedEvents processedEvents, AgencyMessages messages,
                         Clock clock, TransactionSynchronizationRegistry transactions, HandoffDispatcher dispatcher) {
        this.handoffs = handoffs;
        this.bookings = bookings;
        this.processedEvents = processedEvents;
        this.messages = messages;
        this.clock = clock;
        this.transactions = transactions;
        this.dispatcher = dispatcher;
    }

    /** Returns false when the event was seen before. */
    @Transactional
    public boolean accept(String eventId, DeclarationSubmitted d) {
        if (!processedEvents.markProcessed(eventId, CONSUMER)) {
            return false;
        }
        Instant now = Instant.now(clock);
        bookings.link(d.declarationId(), d.bookingCodes() == null ? List.of() : d.bookingCodes());
        int opened = 0;
        String contentHash = Routing.customsContentHash(d);
        Optional<Handoff> last = handoffs.latest(AgencySystem.VNACCS, d.declarationId());
        if (last.isEmpty() || (last.get().version() < d.version() && !contentHash.equals(last.get().contentHash()))) {
            UUID id = UUID.randomUUID();
            add(Handoff.customs(id, d.declarationId(), d.version(), d.customsDeclarationNumber(), contentHash,
                    messages.customsDeclaration(id, d), now));
            opened++;
        } else {
            LOG.infof("Declaration %s v%d: customs content as in v%d, not submitted again", d.declarationId(),
                    d.version(), last.get().version());
        }
        for (DocumentReference certificate : Routing.certificates(d)) {
            String key = Routing.certificateKey(certificate);
            if (!handoffs.exists(AgencySystem.NSW, d.declarationId(), key)) {
                UUID id = UUID.randomUUID();
                add(Handoff.certificate(id, d.declarationId(), d.version(), certificate.type(),
                        certificate.number().strip(), key, messages.certificateVerification(id, d, certificate), now));
                opened++;
            }
        }
        if (Routing.needsPlantAnimalQuarantine(d)
                && !handoffs.exists(AgencySystem.QUARANTINE, d.declarationId(), "PLANT_ANIMAL")) {
            UUID id = UUID.randomUUID();
            add(Handoff.quarantine(id, d.declarationId(), d.version(), d.customsDeclarationNumber(),
                    messages.quarantineRequest(id, d), now));
            opened++;
        }
        if (opened > 0) {
            AfterCommit.run(transactions, HandoffDispatcher.class, dispatcher::wakeUp);
        }
        return true;
    }

    private void add(Handoff handoff) {
        handoffs.add(handoff);
        LOG.infof("Handoff %s opened: %s %s (%s)", handoff.id(), handoff.agencySystem(), handoff.subjectId(),
                handoff.key());
    }

    @Transactional
    public boolean booked(String eventId, CrossingBooked b) {
        if (!processedEvents.markProcessed(eventId, CONSUMER)) {
            return false;
        }
        if (bookings.find(b.bookingCode()).isEmpty()) {
            bookings.add(Booking.booked(b.bookingCode(), b.plate(), b.trailerPlate(),
                    b.direction() == null ? null : Direction.valueOf(b.direction()), b.driverName(),
                    b.driverNationality(), b.driverDocumentNumber(), Instant.now(clock)));
        }
        return true;
    }

    @Transactional
    public boolean amended(String eventId, BookingAmended a) {
        if (!processedEvents.markProcessed(eventId, CONSUMER)) {
            return false;
        }
        Booking booking = bookings.find(a.bookingCode()).orElseGet(() -> {
            Booking b = Booking.booked(a.bookingCode(), a.plate(), a.trailerPlate(), null, a.driverName(),
                    a.driverNationality(), a.driverDocumentNumber(), Instant.now(clock));
            bookings.add(b);
            return b;
        });
        booking.amended(a.revision(), a.driverName(), a.driverNationality(), a.driverDocumentNumber(), Instant.now(clock));
        return true;
    }

    /**
     * Hands the vehicle and its driver to the border guard, once per booking, from the queue's border-guard topic:
     * the one event that carries the driver's document, so a booking never seen before is handed all the same.
     */
    @Transactional
    public boolean borderCheckRequested(String eventId, BorderCheckRequested r) {
        if (!processedEvents.markProcessed(eventId, CONSUMER)) {
            return false;
        }
        Instant now = Instant.now(clock);
        Booking booking = bookings.find(r.bookingCode()).orElseGet(() -> {
            Booking b = Booking.booked(r.bookingCode(), r.plate(), r.trailerPlate(),
                    r.direction() == null ? null : Direction.valueOf(r.direction()), r.driverName(), r.driverNationality(), null, now);
            bookings.add(b);
            return b;
        });
        booking.presentedForBorderCheck(r.driverName(), r.driverNationality(), r.driverDocumentNumber(), now);
        if (!handoffs.exists(AgencySystem.BORDER_GUARD, r.bookingCode(), "check-in")) {
            UUID id = UUID.randomUUID();
            add(Handoff.borderCheck(id, r.bookingCode(), booking.plate(), messages.borderCrossing(id, booking, r), now));
            AfterCommit.run(transactions, HandoffDispatcher.class, dispatcher::wakeUp);
        }
        return true;
    }
}
