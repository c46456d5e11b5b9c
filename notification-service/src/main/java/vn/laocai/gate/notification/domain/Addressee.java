package vn.laocai.gate.notification.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whom a notice goes to, in which language and on which channels. A driver is the account that booked
 * (the booking's owner, which the driver signs in as), with that account's preferences; a trader is found by the
 * declarant's tax code among the accounts that claimed it in their preferences. Without preferences, the notice
 * waits in the inbox of the party itself (the owner account; {@code trader:<tax code>}; for a booking
 * published before the owner account, {@code driver:<document>}) in the language of the driver's nationality
 * (Vietnamese for VN, Chinese for CN), since the events carry no phone.
 */
public record Addressee(String recipient, Language language, Set<Channel> channels, Map<Channel, String> addresses) {

    /** The prefix of the inbox of a driver no account claimed, before the document number. */
    public static final String DRIVER_PARTY = "driver:";

    /** Each claimant with its own language and channels, or the unclaimed party. */
    public static List<Addressee> of(NoticeKind kind, String party, List<Preferences> claimants, Language fallback) {
        if (claimants.isEmpty()) {
            return List.of(new Addressee(party, fallback, EnumSet.of(Channel.INBOX), Map.of()));
        }
        return claimants.stream().map(p -> {
            Map<Channel, String> addresses = new EnumMap<>(Channel.class);
            for (Channel channel : p.channelsFor(kind)) {
                p.addressOf(channel).ifPresent(a -> addresses.put(channel, a));
            }
            return new Addressee(p.account(), p.language(), p.channelsFor(kind), addresses);
        }).toList();
    }

    /** The party key of a driver: the owner account; before it, the document number, or the booking when the event named none. */
    public static String driverParty(KnownBooking booking) {
        if (booking.ownerAccount() != null) {
            return booking.ownerAccount();
        }
        return booking.driverDocument() != null ? DRIVER_PARTY + booking.driverDocument() : "booking:" + booking.code();
    }

    public static String traderParty(String taxCode) {
        return "trader:" + taxCode;
    }

    public Optional<String> address(Channel channel) {
        return Optional.ofNullable(addresses.get(channel));
    }
}
