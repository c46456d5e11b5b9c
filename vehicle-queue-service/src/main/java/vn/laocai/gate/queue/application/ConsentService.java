package vn.laocai.gate.queue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.BookingRepository;
import vn.laocai.gate.queue.domain.LinkConsent;
import vn.laocai.gate.queue.domain.LinkConsentRepository;
import vn.laocai.gate.queue.domain.ShareCode;
import vn.laocai.gate.support.domain.NotFoundException;
import vn.laocai.gate.support.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Use cases of the consent to link consignments to a booking: give (replacing the current one, which
 * counts as withdrawn), withdraw, read. Each in one transaction, under the booking's row lock (two
 * consents given at once wait for each other), with its events through the outbox.
 */
@ApplicationScoped
public class ConsentService {

    private final BookingRepository bookings;
    private final LinkConsentRepository consents;
    private final BookingService bookingService;
    private final Outbox outbox;
    private final Clock clock;

    public ConsentService(BookingRepository bookings, LinkConsentRepository consents, BookingService bookingService, Outbox outbox, Clock clock) {
        this.bookings = bookings;
        this.consents = consents;
        this.bookingService = bookingService;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A new consent with a fresh share code; the current one, if any, is withdrawn first (its event first). */
    @Transactional
    public LinkConsent give(String code, Caller caller) {
        Booking booking = locked(code, caller);
        Instant now = Instant.now(clock);
        Optional<LinkConsent> current = consents.current(booking.code());
        current.ifPresent(c -> {
            c.withdraw(booking, caller.account(), now);
            outbox.recordAll(c.drainEvents());
            consents.flush();
        });
        LinkConsent consent = LinkConsent.give(booking, ShareCode.generate(), caller.account(), now);
        consents.add(consent);
        outbox.recordAll(consent.drainEvents());
        consents.flush();
        return consent;
    }

    /** Withdraws the current consent {@code consentId} of the booking; not found when it is not the current one. */
    @Transactional
    public void withdraw(String code, String consentId, Caller caller) {
        Booking booking = locked(code, caller);
        LinkConsent consent = consents.current(booking.code()).filter(c -> c.id().toString().equalsIgnoreCase(consentId))
                .orElseThrow(() -> new NotFoundException("Consent", consentId));
        consent.withdraw(booking, caller.account(), Instant.now(clock));
        outbox.recordAll(consent.drainEvents());
        consents.flush();
    }

    /** The current consent of a booking the caller may see. */
    @Transactional
    public Optional<LinkConsent> current(String code) {
        return consents.current(code);
    }

    private Booking locked(String code, Caller caller) {
        Booking booking = bookingService.visible(code, caller);
        bookings.lockForChange(booking);
        return booking;
    }
}
