package vn.laocai.gate.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.laocai.gate.events.BookingAmended;
import vn.laocai.gate.events.BookingBlockLifted;
import vn.laocai.gate.events.BookingBlocked;
import vn.laocai.gate.events.BookingCancelled;
import vn.laocai.gate.events.CrossingBooked;
import vn.laocai.gate.events.GateClosed;
import vn.laocai.gate.events.VehicleCalledForward;
import vn.laocai.gate.events.VehicleHeld;
import vn.laocai.gate.events.VehicleNoShow;
import vn.laocai.gate.events.VehicleReleased;
import vn.laocai.gate.notification.domain.KnownBooking;
import vn.laocai.gate.notification.domain.KnownPartiesRepository;
import vn.laocai.gate.notification.domain.NoticeTexts.Phrase;
import vn.laocai.gate.notification.domain.NoticeTexts.Term;
import vn.laocai.gate.notification.domain.NoticeTexts.Terms;
import vn.laocai.gate.notification.domain.NoticeKind;
import vn.laocai.gate.support.i18n.Language;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The drivers' notices from the queue's events, and the view of the bookings they need: who drives,
 * when the window is and where the booking stands. Called by {@link NotificationEventHandlers} in the
 * transaction that marks the event processed.
 */
@ApplicationScoped
public class BookingNotices {

    /** The longest free text (an officer's reason) carried into a message, so that SMS stay short. */
    static final int MAX_FREE_TEXT = 40;

    private final KnownPartiesRepository known;
    private final NoticeService notices;
    private final Clock clock;

    public BookingNotices(KnownPartiesRepository known, NoticeService notices, Clock clock) {
        this.known = known;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void booked(String eventId, CrossingBooked e) {
        Instant now = Instant.now(clock);
        KnownBooking booking = known.booking(e.bookingCode()).orElseGet(() -> {
            KnownBooking b = new KnownBooking(e.bookingCode(), e.plate(), e.direction(), now);
            known.add(b);
            return b;
        });
        booking.ownedBy(e.ownerAccount());
        booking.writtenAndReachable(e.writtenPlate(), e.contactPhone());
        booking.driverAndWindow(e.driverName(), e.driverNationality(), e.driverDocumentNumber(), e.arrivalWindowStart(),
                e.arrivalWindowEnd(), now);
        notify(eventId, NoticeKind.BOOKING_CONFIRMED, booking, Map.of("window", e.arrivalWindowStart()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void amended(String eventId, BookingAmended e) {
        Instant now = Instant.now(clock);
        KnownBooking booking = known.booking(e.bookingCode()).orElseGet(() -> {
            KnownBooking b = new KnownBooking(e.bookingCode(), e.plate(), null, now);
            known.add(b);
            return b;
        });
        booking.driverAndWindow(e.driverName(), e.driverNationality(), e.driverDocumentNumber(), e.arrivalWindowStart(),
                e.arrivalWindowEnd(), now);
        notify(eventId, NoticeKind.ofAmendment(e.reason()), booking, Map.of("window", e.arrivalWindowStart()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(String eventId, BookingCancelled e) {
        withBooking(e.bookingCode(), booking -> {
            booking.status(KnownBooking.CLOSED, Instant.now(clock));
            notify(eventId, NoticeKind.ofCancellation(e.reason()), booking, Map.of("reason", new Term("cancel-reason", e.reason())));
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void checkedIn(String bookingCode) {
        withBooking(bookingCode, booking -> booking.status(KnownBooking.IN_YARD, Instant.now(clock)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void exited(String bookingCode) {
        withBooking(bookingCode, booking -> booking.status(KnownBooking.CLOSED, Instant.now(clock)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void calledForward(String eventId, VehicleCalledForward e) {
        withBooking(e.bookingCode(), b -> notify(eventId, NoticeKind.CALLED_FORWARD, b, Map.of("lane", e.lane())));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void held(String eventId, VehicleHeld e) {
        withBooking(e.bookingCode(), b -> notify(eventId, NoticeKind.VEHICLE_HELD, b, Map.of("reason", shortText(e.reason()))));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void released(String eventId, VehicleReleased e) {
        withBooking(e.bookingCode(), b -> notify(eventId, NoticeKind.VEHICLE_RELEASED, b, Map.of()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void noShow(String eventId, VehicleNoShow e) {
        withBooking(e.bookingCode(), b -> notify(eventId, NoticeKind.NO_SHOW_WARNING, b, Map.of("cancelAt", e.cancelAt())));
    }

    /** Every driver whose booking the closure concerns (in the yard, or with a window inside it) is told. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void gateClosed(String eventId, GateClosed e) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("directions", new Terms("direction", e.directions()));
        parameters.put("from", e.closedFrom());
        parameters.put("until", e.closedUntil());
        parameters.put("reason", new Term("closure-reason", e.reason()));
        for (KnownBooking booking : known.open(e.directions(), e.closedUntil())) {
            if (booking.hitBy(e.directions(), e.closedFrom(), e.closedUntil())) {
                notify(eventId, NoticeKind.GATE_CLOSED, booking, parameters);
            }
        }
    }

    /**
     * A booking block began: each person concerned is told once why ({@code count} no-shows or late cancellations within
     * {@code days} days, which bookings) and until when. The people are the owner accounts of the bookings that counted,
     * as for the bookings' own notices (a carrier's: the accounts of its people that booked them), and the blocked account
     * itself.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void blocked(String eventId, BookingBlocked e) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("who", who(e.subject()));
        parameters.put("until", e.blockedUntil());
        parameters.put("count", e.strikes());
        parameters.put("days", e.windowDays());
        parameters.put("cause", new Term("strike-kind", e.cause()));
        parameters.put("codes", String.join(", ", e.bookingCodes()));
        for (NoticeService.Party party : concerned(e.subject(), e.bookingCodes())) {
            notices.notify(eventId, NoticeKind.BOOKING_BLOCKED, party, "block:" + e.blockId(), parameters);
        }
    }

    /** An officer lifted a booking block: the same people are told, with the officer's reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void blockLifted(String eventId, BookingBlockLifted e) {
        Map<String, Object> parameters = Map.of("who", who(e.subject()), "reason", shortText(e.reason()));
        for (NoticeService.Party party : concerned(e.subject(), e.bookingCodes())) {
            notices.notify(eventId, NoticeKind.BOOKING_BLOCK_LIFTED, party, "block:" + e.blockId(), parameters);
        }
    }

    /** Whom a block of {@code subject} is said of: the account, the carrier's account, or the vehicle by its plate. */
    static Phrase who(String subject) {
        if (subject.startsWith("plate:")) {
            return new Phrase("block-subject.vehicle", Map.of("plate", subject.substring("plate:".length())));
        }
        return new Phrase(subject.startsWith("carrier:") ? "block-subject.carrier" : "block-subject.account", Map.of());
    }

    private List<NoticeService.Party> concerned(String subject, List<String> bookingCodes) {
        Map<String, NoticeService.Party> parties = new LinkedHashMap<>();
        for (String code : bookingCodes) {
            known.booking(code).map(NoticeService.Party::driver).ifPresent(p -> parties.putIfAbsent(p.key(), p));
        }
        if (subject.startsWith("account:")) {
            String account = subject.substring("account:".length());
            parties.putIfAbsent(account, new NoticeService.Party(account, true, Language.VI, null));
        }
        return List.copyOf(parties.values());
    }

    /** The slot reminder of a booking, once per window: the event id names the booking and the window. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remind(KnownBooking booking) {
        booking.reminded();
        notify("reminder:" + booking.code() + ":" + booking.windowStart(), NoticeKind.SLOT_REMINDER, booking,
                Map.of("window", booking.windowStart()));
    }

    private void withBooking(String code, java.util.function.Consumer<KnownBooking> action) {
        Optional<KnownBooking> booking = known.booking(code);
        booking.ifPresent(action);
    }

    private void notify(String eventId, NoticeKind kind, KnownBooking booking, Map<String, ?> extra) {
        Map<String, Object> parameters = new HashMap<>(extra);
        parameters.put("code", booking.code());
        parameters.put("plate", booking.plate());
        notices.notify(eventId, kind, NoticeService.Party.driver(booking), booking.code(), parameters);
    }

    static String shortText(String text) {
        if (text == null || text.isBlank()) {
            return "-";
        }
        String trimmed = text.strip();
        return trimmed.length() <= MAX_FREE_TEXT ? trimmed : trimmed.substring(0, MAX_FREE_TEXT - 3) + "...";
    }
}
