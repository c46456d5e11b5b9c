package vn.laocai.gate.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.laocai.gate.notification.config.NotificationConfig;
import vn.laocai.gate.notification.domain.DeliveryStatus;
import vn.laocai.gate.notification.domain.Notice;
import vn.laocai.gate.notification.domain.NoticeRepository;
import vn.laocai.gate.notification.domain.NoticeTexts;
import vn.laocai.gate.notification.domain.Preferences;
import vn.laocai.gate.notification.domain.PreferencesRepository;
import vn.laocai.gate.support.domain.NotFoundException;
import vn.laocai.gate.support.i18n.Language;
import vn.laocai.gate.support.privacy.PersonalDataErasures;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What a person does with their own notices and preferences, and what supervisors look up. */
@ApplicationScoped
public class Recipients {

    /** The most notices one answer lists. */
    public static final int MAX_LIST = 200;

    private final PreferencesRepository preferences;
    private final NoticeRepository notices;
    private final PersonalDataErasures erasures;
    private final Clock clock;

    private final NoticeTexts texts;

    public Recipients(PreferencesRepository preferences, NoticeRepository notices, PersonalDataErasures erasures, Clock clock,
                      NotificationConfig config) {
        this.preferences = preferences;
        this.notices = notices;
        this.erasures = erasures;
        this.clock = clock;
        this.texts = NoticeTexts.load(config.messages());
    }

    /** The account's inbox: its notices, newest first, each as shown to the reader, and how many are unread. */
    public record Inbox(List<Shown> notices, long unread) {
    }

    /** A notice and how it is shown to its reader (in the reader's language when it can be said again in it). */
    public record Shown(Notice notice, Notice.Shown shown) {
    }

    @Transactional
    public Optional<Preferences> preferences(String account) {
        return preferences.find(account);
    }

    /** Sets every preference of the account at once. */
    @Transactional
    public Preferences choose(String account, Preferences.Choice choice) {
        Optional<Preferences> existing = preferences.find(account);
        Preferences current = existing.orElseGet(() -> new Preferences(account));
        current.choose(choice, Instant.now(clock));
        if (existing.isEmpty()) {
            preferences.add(current);
        }
        return current;
    }

    /**
     * Erases the account's preferences on its own request (phone, e-mail, language and channels), with an
     * audit entry {@code PERSONAL_DATA_ERASED} by the account; its notices stay in the inbox of the account.
     *
     * @throws NotFoundException when the account has none
     */
    @Transactional
    public void erasePreferences(String account) {
        Preferences current = preferences.find(account)
                .orElseThrow(() -> new NotFoundException("Notification preferences of", account));
        preferences.remove(current);
        erasures.onRequest(account, "preferences");
    }

    /**
     * The account's notices, each said in {@code reading} (the page's language) when given and when it can be said
     * again (it kept its parameters), else as it was sent; what was sent stays on the notice, for the record.
     */
    @Transactional
    public Inbox inbox(String account, int limit, Optional<Language> reading) {
        Set<String> inboxes = inboxes(account);
        return new Inbox(notices.inbox(inboxes, Math.min(Math.max(limit, 1), MAX_LIST)).stream()
                .map(n -> shown(n, reading)).toList(), notices.unread(inboxes));
    }

    private Shown shown(Notice notice, Optional<Language> reading) {
        return new Shown(notice, notice.in(reading.orElse(notice.language()), texts));
    }

    private static Set<String> inboxes(String account) {
        return Set.of(account);
    }

    /** Marks one of the account's notices read; another's is as good as absent (404). */
    @Transactional
    public Shown markRead(String account, UUID id, Optional<Language> reading) {
        Set<String> inboxes = inboxes(account);
        Notice notice = notices.find(id).filter(n -> inboxes.contains(n.recipient()))
                .orElseThrow(() -> new NotFoundException("Notice", id.toString()));
        notice.markRead(Instant.now(clock));
        return shown(notice, reading);
    }

    /** The delivery figures of the notices written in the last {@code hours} hours. */
    @Transactional
    public List<NoticeRepository.DeliveryCount> figures(int hours) {
        return notices.deliveryCounts(Instant.now(clock).minus(java.time.Duration.ofHours(hours)));
    }

    @Transactional
    public List<Notice> search(String recipient, DeliveryStatus status, int limit) {
        return notices.search(recipient, status, Math.min(Math.max(limit, 1), MAX_LIST));
    }
}
