package vn.laocai.gate.queue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.laocai.gate.queue.config.QueueConfig;
import vn.laocai.gate.queue.domain.BookingAdmission;
import vn.laocai.gate.queue.domain.BookingLimits;
import vn.laocai.gate.queue.domain.BookingRepository;
import vn.laocai.gate.queue.domain.GateClosureRepository;
import vn.laocai.gate.queue.domain.Lanes;
import vn.laocai.gate.queue.domain.PenaltyRule;
import vn.laocai.gate.queue.domain.SlotCalendarRepository;
import vn.laocai.gate.queue.security.HmacQrToken;
import vn.laocai.gate.queue.security.QrKeys;
import vn.laocai.gate.queue.security.QrSigningKey;
import vn.laocai.gate.queue.security.QrTokens;

import java.util.List;

/** The domain's services and values the use cases share, built once from {@link QueueConfig}. */
@ApplicationScoped
public class QueueBeans {

    @Produces
    @Singleton
    Lanes lanes(QueueConfig config) {
        return new Lanes(config.lanes().export(), config.lanes().imports());
    }

    @Produces
    @Singleton
    BookingAdmission admission(BookingRepository bookings, GateClosureRepository closures, SlotCalendarRepository calendarDays,
                               Lanes lanes, QueueConfig config) {
        QueueConfig.Limits limits = config.limits();
        return new BookingAdmission(bookings, closures, calendarDays, config.zone(), lanes, config.lanes().vehiclesPerLanePerDay(),
                new BookingLimits(limits.openBookingsPerAccount(), limits.openBookingsPerVehicle(), limits.minimumGap()));
    }

    @Produces
    @Singleton
    PenaltyRule penalties(QueueConfig config) {
        QueueConfig.Penalties p = config.penalties();
        return new PenaltyRule(p.window(), p.noShows(), p.lateCancellations(), p.lateCancellationWithin(), p.blockFor());
    }

    /** The QR keys read once at start: a missing or broken key file stops the start, naming the file. */
    @Produces
    @Singleton
    QrTokens tokens(QueueConfig config) {
        QueueConfig.Qr qr = config.qr();
        List<QrSigningKey> retired = qr.retiredKeys().orElse(List.of()).stream().map(QrSigningKey::readPublicKey).toList();
        return new QrTokens(new QrKeys(QrSigningKey.readSigningKey(qr.signingKey()), retired),
                qr.secret().filter(s -> !s.isBlank()).map(HmacQrToken::new));
    }
}
