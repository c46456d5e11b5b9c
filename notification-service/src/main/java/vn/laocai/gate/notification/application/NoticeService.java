package vn.laocai.gate.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import vn.laocai.gate.notification.config.NotificationConfig;
import vn.laocai.gate.notification.domain.Addressee;
import vn.laocai.gate.notification.domain.KnownBooking;
import vn.laocai.gate.notification.domain.Language;
import vn.laocai.gate.notification.domain.MessageCatalogue;
import vn.laocai.gate.notification.domain.Notice;
import vn.laocai.gate.notification.domain.NoticeKind;
import vn.laocai.gate.notification.domain.NoticeRepository;
import vn.laocai.gate.notification.domain.PreferencesRepository;
import vn.laocai.gate.support.tx.AfterCommit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes notices: finds who is concerned (the accounts that claimed the driver's document or the
 * enterprise's tax code), renders the message in each one's language and records one delivery per
 * channel, in the caller's transaction. Once it commits, the deliveries are attempted.
 */
@ApplicationScoped
public class NoticeService {

    private final NoticeRepository notices;
    private final PreferencesRepository preferences;
    private final MessageCatalogue catalogue;
    private final Deliveries deliveries;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;

    public NoticeService(NoticeRepository notices, PreferencesRepository preferences, NotificationConfig config,
                         Deliveries deliveries, TransactionSynchronizationRegistry transactions, Clock clock) {
        this.notices = notices;
        this.preferences = preferences;
        this.catalogue = MessageCatalogue.load(config.messages());
        this.deliveries = deliveries;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Who a notice is addressed to. */
    public record Party(String key, String account, String driverDocument, String taxCode, Language fallback) {

        /** The booking's driver: its owner account, or (events before it) the accounts claiming the document. */
        public static Party driver(KnownBooking booking) {
            return new Party(Addressee.driverParty(booking), booking.ownerAccount(),
                    booking.ownerAccount() == null ? booking.driverDocument() : null, null,
                    Language.forNationality(booking.driverNationality()));
        }

        public static Party trader(String taxCode) {
            return new Party(Addressee.traderParty(taxCode), null, null, taxCode, Language.VI);
        }
    }

    /** Records the notice of {@code kind} about {@code subject} for everyone the party stands for; answers how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int notify(String eventId, NoticeKind kind, Party party, String subject, Map<String, ?> parameters) {
        List<Addressee> addressees = Addressee.of(kind, party.key(), claimants(party), party.fallback());
        Instant now = Instant.now(clock);
        int added = 0;
        for (Addressee addressee : addressees) {
            MessageCatalogue.Rendered text = catalogue.render(kind, addressee.language(), parameters);
            Notice notice = Notice.create(eventId, kind, addressee.recipient(), subject, addressee.language(), text,
                    addressee.channels(), addressee::address, now);
            if (notices.addIfAbsent(notice)) {
                added++;
            }
        }
        if (added > 0) {
            AfterCommit.run(transactions, NoticeService.class, deliveries::wakeUp);
        }
        return added;
    }

    private List<vn.laocai.gate.notification.domain.Preferences> claimants(Party party) {
        if (party.taxCode() != null) {
            return preferences.byTaxCode(party.taxCode());
        }
        if (party.account() != null) {
            return preferences.find(party.account()).stream().toList();
        }
        if (party.driverDocument() != null) {
            return preferences.byDriverDocument(party.driverDocument());
        }
        return List.of();
    }
}
