package vn.laocai.gate.notification.domain;

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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How one account wants to be told: channels, phone, e-mail, language, an opt-out, and who the
 * account is at the gate: the driver's document number (passport or border pass, as the bookings
 * name it) and the tax codes (MST) of the enterprises whose declarations it follows.
 */
@Entity
@Table(name = "recipient_preferences")
public class Preferences {

    /** E.164, Vietnamese (+84) or Chinese (+86) numbers: 8 to 11 digits after the country code. */
    static final Pattern PHONE = Pattern.compile("\\+(84|86)\\d{8,11}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?");
    static final Pattern DOCUMENT = Pattern.compile("[A-Z0-9]{5,20}");

    @Id
    private String account;

    private String phone;
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Language language;

    @Column(name = "opted_out", nullable = false)
    private boolean optedOut;

    @Column(name = "driver_document")
    private String driverDocument;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recipient_channel", joinColumns = @JoinColumn(name = "account"))
    @Column(name = "channel")
    @Enumerated(EnumType.STRING)
    private Set<Channel> channels = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recipient_tax_code", joinColumns = @JoinColumn(name = "account"))
    @Column(name = "tax_code")
    private Set<String> taxCodes = new LinkedHashSet<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Preferences() {
    }

    public Preferences(String account) {
        this.account = account;
    }

    /** What a person asks for; each value is checked and a bad one refused naming its field. */
    public record Choice(Collection<Channel> channels, String phone, String email, Language language, boolean optedOut,
                         String driverDocument, Collection<String> taxCodes) {
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
        String document = blankToNull(choice.driverDocument());
        if (document != null) {
            document = document.toUpperCase(Locale.ROOT).replace(" ", "");
            if (!DOCUMENT.matcher(document).matches()) {
                throw new InvalidValueException("driverDocument", "'" + choice.driverDocument()
                        + "' is not a passport or border-pass number (5 to 20 letters and digits)");
            }
        }
        Set<String> codes = new LinkedHashSet<>();
        int i = 0;
        for (String code : choice.taxCodes() == null ? java.util.List.<String>of() : choice.taxCodes()) {
            String trimmed = code == null ? "" : code.trim();
            if (!TAX_CODE.matcher(trimmed).matches()) {
                throw new InvalidValueException("taxCodes[" + i + "]", "'" + code
                        + "' is not a tax code (10 digits, or 13 for a branch: 0123456789-001)");
            }
            codes.add(trimmed);
            i++;
        }
        phone = newPhone;
        email = newEmail;
        language = choice.language();
        optedOut = choice.optedOut();
        driverDocument = document;
        channels.clear();
        channels.addAll(newChannels);
        taxCodes.clear();
        taxCodes.addAll(codes);
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

    /**
     * Whom this account reads notices for: itself, and the driver and enterprises it claims, whose
     * notices written before the claim were addressed to the party ({@code driver:<document>},
     * {@code trader:<tax code>}).
     */
    public Set<String> inboxes() {
        Set<String> inboxes = new LinkedHashSet<>();
        inboxes.add(account);
        if (driverDocument != null) {
            inboxes.add(Addressee.DRIVER_PARTY + driverDocument);
        }
        taxCodes.forEach(code -> inboxes.add(Addressee.traderParty(code)));
        return inboxes;
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

    public String driverDocument() {
        return driverDocument;
    }

    public Set<Channel> channels() {
        return Set.copyOf(channels);
    }

    public Set<String> taxCodes() {
        return Set.copyOf(taxCodes);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
