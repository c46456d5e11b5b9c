package vn.laocai.gate.notification.domain;

import vn.laocai.gate.support.i18n.Language;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One notice to one recipient, written in the recipient's language, and its deliveries: one per
 * channel it goes out on (the inbox always among them). The recipient is an account, or, for a
 * driver or enterprise no account has claimed yet, {@code driver:<document>} or {@code trader:<tax code>}.
 */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    private UUID id;

    @Column(name = "source_event_id", nullable = false, updatable = false)
    private String sourceEventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NoticeKind kind;

    @Column(nullable = false, updatable = false)
    private String recipient;

    /** The booking code or declaration id the notice is about. */
    @Column(nullable = false, updatable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Language language;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String body;

    /** What the title and text were rendered from; null for notices written before they were kept, and once erased. */
    @Column(name = "parameters")
    private NoticeParameters parameters;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @OneToMany(mappedBy = "notice", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("channel")
    private List<Delivery> deliveries = new ArrayList<>();

    protected Notice() {
    }

    /**
     * A notice and a pending delivery per channel; the inbox's is delivered at once.
     *
     * @param addresses the address of each channel but the inbox (phone, e-mail); a channel without one is left out
     */
    public static Notice create(String sourceEventId, NoticeKind kind, String recipient, String subject, Language language,
                                NoticeTexts.Rendered text, NoticeParameters parameters, Set<Channel> channels,
                                java.util.function.Function<Channel, Optional<String>> addresses, Instant now) {
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.sourceEventId = sourceEventId;
        notice.kind = kind;
        notice.recipient = recipient;
        notice.subject = subject;
        notice.language = language;
        notice.title = text.title();
        notice.body = text.text();
        notice.parameters = parameters;
        notice.createdAt = now;
        notice.deliveries.add(Delivery.inbox(notice, now));
        for (Channel channel : channels) {
            if (channel != Channel.INBOX) {
                addresses.apply(channel).ifPresent(address -> notice.deliveries.add(Delivery.pending(notice, channel, address, now)));
            }
        }
        return notice;
    }

    /** A notice as a reader is shown it: the language it is said in, its title and text. */
    public record Shown(Language language, NoticeTexts.Rendered text) {
    }

    /**
     * The notice as said in {@code reading}: rendered again from its kind and parameters when that is not the language
     * it was sent in; else, and when it kept no parameters or the catalogue cannot say it, as it was sent.
     */
    public Shown in(Language reading, NoticeTexts texts) {
        Shown sent = new Shown(language, new NoticeTexts.Rendered(title, body));
        if (reading == language || parameters == null) {
            return sent;
        }
        try {
            return new Shown(reading, texts.render(kind, reading, parameters.values()));
        } catch (IllegalArgumentException unsaid) {
            return sent;
        }
    }

    /** The recipient read it; reading again changes nothing. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Optional<Delivery> delivery(Channel channel) {
        return deliveries.stream().filter(d -> d.channel() == channel).findFirst();
    }

    public UUID id() {
        return id;
    }

    public String sourceEventId() {
        return sourceEventId;
    }

    public NoticeKind kind() {
        return kind;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public Language language() {
        return language;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }
}
