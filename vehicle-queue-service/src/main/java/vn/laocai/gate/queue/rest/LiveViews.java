package vn.laocai.gate.queue.rest;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import vn.laocai.gate.queue.application.BookingService;
import vn.laocai.gate.queue.application.Caller;
import vn.laocai.gate.queue.application.ConsentService;
import vn.laocai.gate.queue.application.YardNotifier;
import vn.laocai.gate.queue.application.YardService;
import vn.laocai.gate.queue.config.QueueConfig;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.support.i18n.Language;
import vn.laocai.gate.support.i18n.RequestLanguage;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The live views: a booking with its place in the queue, and the yard board, each as a snapshot
 * and as a server-sent-event stream that sends a fresh snapshot after every committed change of the
 * direction (REST actions and Kafka events alike, through {@link YardNotifier}) and at every refresh
 * interval (ETAs move with time; other instances' changes arrive that way too).
 */
@ApplicationScoped
public class LiveViews {

    private final BookingService bookings;
    private final YardService yard;
    private final ConsentService consents;
    private final YardNotifier notifier;
    private final Duration refresh;

    public LiveViews(BookingService bookings, YardService yard, ConsentService consents, YardNotifier notifier, QueueConfig config) {
        this.bookings = bookings;
        this.yard = yard;
        this.consents = consents;
        this.notifier = notifier;
        this.refresh = config.yard().liveRefresh();
    }

    /** The booking as the caller may see it: its own account sees the consent's share code, officers only the consent. */
    public BookingView booking(String code, Caller caller) {
        return booking(code, caller, RequestLanguage.current());
    }

    private BookingView booking(String code, Caller caller, Language language) {
        Booking booking = bookings.visible(code, caller);
        BookingView.Consent consent = consents.current(booking.code())
                .map(c -> BookingView.Consent.of(c, booking.isOwnedBy(caller.account()))).orElse(null);
        return BookingView.of(booking, yard.placeOf(booking).orElse(null), null, consent, language);
    }

    /** Checks access at once (404 before any stream), then streams the booking, in the language of the request that opened it. */
    public Multi<BookingView> bookingStream(String code, Caller caller) {
        Direction direction = bookings.visible(code, caller).direction();
        Language language = RequestLanguage.current();
        return triggers(List.of(direction)).map(x -> booking(code, caller, language)).skip().repetitions();
    }

    public List<QueueView> board(Direction direction) {
        return directions(direction).stream().map(d -> QueueView.of(yard.queue(d), yard.gateArea(d))).toList();
    }

    public Multi<List<QueueView>> boardStream(Direction direction) {
        return triggers(directions(direction)).map(x -> board(direction));
    }

    private static List<Direction> directions(Direction direction) {
        return direction == null ? Arrays.asList(Direction.values()) : List.of(direction);
    }

    private Multi<Object> triggers(List<Direction> directions) {
        return Multi.createBy().merging().streams(
                        Multi.createFrom().item((Object) "now"),
                        notifier.changes().filter(c -> directions.contains(c.direction())).map(c -> (Object) c),
                        Multi.createFrom().ticks().every(refresh).map(t -> (Object) t))
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool());
    }
}
