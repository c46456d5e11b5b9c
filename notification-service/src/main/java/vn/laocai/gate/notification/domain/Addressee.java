package vn.laocai.gate.notification.domain;

import vn.laocai.gate.support.i18n.Language;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whom a notice goes to, in which language and on which channels. The recipient comes from the events, never
 * from a claim: a driver is the account that booked (the booking's owner, which the driver signs in as), a trader
 * the account that submitted the declaration, each with that account's preferences. Without preferences, the
 * notice waits in the account's inbox in the language of the driver's nationality (Vietnamese for VN, Chinese for
 * CN; Vietnamese for a trader). Events published before the owner account travelled name no account: their
 * notices wait in the inbox of the party ({@code driver:<document>}, {@code booking:<code>},
 * {@code trader:<tax code>}), which supervisors read. A notice the law requires also goes by SMS to the phone
 * given with the booking when the account's preferences send it by no SMS of their own.
 */
public record Addressee(String recipient, Language language, Set<Channel> channels, Map<Channel, String> addresses) {

    /** The prefix of the inbox of a driver of an event that named no account, before the document number. */
    static final String DRIVER_PARTY = "driver:";

    /**
     * The party's account with its own language and channels, or the party itself without them; the booking's
     * contact phone ({@code contactPhone}, null for none) for a notice the law requires.
     */
    public static Addressee of(NoticeKind kind, String party, Optional<Preferences> preferences, Language fallback,
                               String contactPhone) {
        Set<Channel> channels = EnumSet.of(Channel.INBOX);
        Map<Channel, String> addresses = new EnumMap<>(Channel.class);
        Language language = fallback;
        if (preferences.isPresent()) {
            Preferences p = preferences.get();
            language = p.language();
            channels.addAll(p.channelsFor(kind));
            for (Channel channel : channels) {
                p.addressOf(channel).ifPresent(a -> addresses.put(channel, a));
            }
        }
        if (kind.required() && contactPhone != null && !addresses.containsKey(Channel.SMS)) {
            channels.add(Channel.SMS);
            addresses.put(Channel.SMS, contactPhone);
        }
        channels.removeIf(c -> c != Channel.INBOX && !addresses.containsKey(c));
        return new Addressee(party, language, channels, addresses);
    }

    /** The party key of a driver: the owner account; before it, the document number, or the booking when the event named none. */
    public static String driverParty(KnownBooking booking) {
        if (booking.ownerAccount() != null) {
            return booking.ownerAccount();
        }
        return booking.driverDocument() != null ? DRIVER_PARTY + booking.driverDocument() : "booking:" + booking.code();
    }

    /** The party key of a trader: the account that declared; before it travelled, the declarant's tax code. */
    public static String traderParty(KnownDeclaration declaration) {
        return declaration.ownerAccount() != null ? declaration.ownerAccount() : "trader:" + declaration.declarantTaxCode();
    }

    public Optional<String> address(Channel channel) {
        return Optional.ofNullable(addresses.get(channel));
    }
}
