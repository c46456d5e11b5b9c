package vn.laocai.gate.notification.application;

import vn.laocai.gate.notification.domain.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import vn.laocai.gate.notification.config.NotificationConfig;
import vn.laocai.gate.notification.domain.Addressee;
import vn.laocai.gate.notification.domain.KnownBooking;
import vn.laocai.gate.notification.domain.KnownDeclaration;
import vn.laocai.gate.support.i18n.Language;
import vn.laocai.gate.notification.domain.NoticeParameters;
import vn.laocai.gate.notification.domain.NoticeTexts;
import vn.laocai.gate.notification.domain.Notice;
import vn.laocai.gate.notification.domain.NoticeKind;
import vn.laocai.gate.notification.domain.NoticeRepository;
import vn.laocai.gate.notification.domain.Preferences;
import vn.laocai.gate.notification.domain.PreferencesRepository;
import vn.laocai.gate.support.tx.AfterCommit;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Map;

/**
 * Writes notices: finds who is concerned (the account that booked or declared, as the events name it),
 * renders the message in each one's language and records one delivery per
 * channel, in the caller's transaction. Once it commits, the deliveries are attempted.
 */
@ApplicationScoped
public class NoticeService {

    private final NoticeRepository notices;
    private final PreferencesRepository preferences;
    private final NoticeTexts catalogue;
    private final Deliveries deliveries;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;

    public NoticeService(NoticeRepository notices, PreferencesRepository preferences, NotificationConfig config,
                         Deliveries deliveries, TransactionSynchronizationRegistry transactions, Clock clock) {
        this.notices = notices;
        this.preferences = preferences;
        this.catalogue = NoticeTexts.load(config.messages());
        this.deliveries = deliveries;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Who a notice is addressed to: the party's key (the account when the event named one), whether that is an
     * account with preferences of its own, the language without them, and the booking's contact phone.
     */
    public record Party(String key, boolean account, Language fallback, String contactPhone) {

        /** The booking's driver: its owner account (events before it: the document's or the booking's inbox). */
        public static Party driver(KnownBooking booking) {
            return new Party(Addressee.driverParty(booking), booking.ownerAccount() != null,
                    Languages.forNationality(booking.driverNationality()), booking.contactPhone());
        }

        /** The declaration's trader: the account that submitted it (events before it: the tax code's inbox). */
        public static Party trader(KnownDeclaration declaration) {
            return new Party(Addressee.traderParty(declaration), declaration.ownerAccount() != null, Language.VI, null);
        }
    }

    /** Records the notice of {@code kind} about {@code subject} for the party; answers whether it is new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean notify(String eventId, NoticeKind kind, Party party, String subject, Map<String, ?> parameters) {
        Optional<Preferences> chosen = party.account() ? preferences.find(party.key()) : Optional.empty();
        Addressee addressee = Addressee.of(kind, party.key(), chosen, party.fallback(), party.contactPhone());
        NoticeTexts.Rendered text = catalogue.render(kind, addressee.language(), parameters);
        Notice notice = Notice.create(eventId, kind, addressee.recipient(), subject, addressee.language(), text,
                NoticeParameters.of(parameters),
                addressee.channels(), addressee::address, Instant.now(clock));
        boolean added = notices.addIfAbsent(notice);
        if (added) {
            AfterCommit.run(transactions, NoticeService.class, deliveries::wakeUp);
        }
        return added;
    }
}
