package vn.laocai.gate.notification.domain;

import vn.laocai.gate.support.i18n.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import vn.laocai.gate.support.domain.InvalidValueException;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How one account wants to be told: channels, phone, e-mail, language and an opt-out. Nothing here says
 * whose notices the account gets: that follows from the events (the account that booked, the account that
 * declared), so no one can claim another person's notices.
 */
@Entity
@Table(name = "recipient_preferences")
public class Preferences {

    /** E.164, Vietnamese (+84) or Chinese (+86) numbers: 8 to 11 digits after the country code. */
    static final Pattern PHONE = Pattern.compile("\\+(84|86)\\d{8,11}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    @Id
    private String account;

    private String phone;
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Language language;

    @Column(name = "opted_out", nullable = false)
    private boolean optedOut;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recipient_channel", joinColumns = @JoinColumn(name = "account"))
    @Column(name = "channel")
    @Enumerated(EnumType.STRING)
    private Set<Channel> channels = new LinkedHashSet<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Preferences() {
    }

    public Preferences(String account) {
        this.account = account;
    }

    /** What a person asks for; each value is checked and a bad one refused naming its field. */
    public record Choice(Collection<Channel> channels, String phone, String email, Language language, boolean optedOut) {
    }

    /**
     * Replaces every choice at once. SMS needs a phone, EMAIL an e-mail address; INBOX is always on.
     *
     * @throws InvalidValueException naming the field that is wrong
     */
    public void choose(Choice choice, Instant now) {
        if (choice.language() == null) {
            throw new InvalidValueException("language", "required: vi, en or zh");
        }
        String newPhone = normalisedPhone(choice.phone());
        String newEmail = blankToNull(choice.email());
        if (newEmail != null && !EMAIL.matcher(newEmail).matches()) {
            throw new InvalidValueException("email", "'" + newEmail + "' is not an e-mail address");
        }
        Set<Channel> newChannels = choice.channels() == null || choice.channels().isEmpty()
                ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(choice.channels());
        newChannels.add(Channel.INBOX);
        if (newChannels.contains(Channel.SMS) && newPhone == null) {
            throw new InvalidValueException("phone", "required for the SMS channel");
        }
        if (newChannels.contains(Channel.EMAIL) && newEmail == null) {
            throw new InvalidValueException("email", "required for the EMAIL channel");
        }
        phone = newPhone;
        email = newEmail;
        language = choice.language();
        optedOut = choice.optedOut();
        channels.clear();
        channels.addAll(newChannels);
        updatedAt = now;
    }

    /** A phone in E.164 with spaces, dots and dashes taken out; null when blank. */
    static String normalisedPhone(String value) {
        String raw = blankToNull(value);
        if (raw == null) {
            return null;
        }
        String compact = raw.replaceAll("[\\s.()-]", "");
        if (!PHONE.matcher(compact).matches()) {
            throw new InvalidValueException("phone", "'" + value + "' is not a Vietnamese (+84) or Chinese (+86) number in E.164 form");
        }
        return compact;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * The channels a notice of {@code kind} goes out on: the chosen ones, or only the inbox for a
     * person who opted out, unless the law requires the notice ({@link NoticeKind#required()}).
     */
    public Set<Channel> channelsFor(NoticeKind kind) {
        if (optedOut && !kind.required()) {
            return EnumSet.of(Channel.INBOX);
        }
        Set<Channel> result = EnumSet.of(Channel.INBOX);
        result.addAll(channels);
        return result;
    }

    /** The address of a channel: the phone for SMS, the e-mail for EMAIL, the account for the inbox. */
    public Optional<String> addressOf(Channel channel) {
        return Optional.ofNullable(switch (channel) {
            case SMS -> phone;
            case EMAIL -> email;
            case INBOX -> account;
        });
    }

    public String account() {
        return account;
    }

    public Language language() {
        return language;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public boolean optedOut() {
        return optedOut;
    }

    public Set<Channel> channels() {
        return Set.copyOf(channels);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
