package vn.laocai.gate.queue.domain;

import vn.laocai.gate.events.BookingConsentGiven;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code a driver passes on to the traders allowed to link their consignments to a booking: 8
 * characters of Crockford base32 ({@code 0-9A-HJKMNP-TV-Z}, no I, L, O, U), shown and stored as
 * {@code XXXX-XXXX}, drawn from a {@link SecureRandom} (40 bits). Only its hash travels in events:
 * lower-case hex SHA-256 of {@code bookingCode + ":" + code}, the code upper case with the dash.
 */
public record ShareCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public ShareCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a share code: " + value);
        }
    }

    /** A new code, from the service's SecureRandom. */
    public static ShareCode generate() {
        return generate(RANDOM);
    }

    static ShareCode generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new ShareCode(code.toString());
    }

    /** A code as typed: case-insensitive, with or without the dash (and spaces); empty when it is no share code. */
    public static Optional<ShareCode> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (compact.length() != 8) {
            return Optional.empty();
        }
        String shown = compact.substring(0, 4) + "-" + compact.substring(4);
        return FORMAT.matcher(shown).matches() ? Optional.of(new ShareCode(shown)) : Optional.empty();
    }

    /** Lower-case hex SHA-256 of {@code bookingCode + ":" + value}: what {@code BookingConsentGiven} carries. */
    public String hashFor(String bookingCode) {
        return BookingConsentGiven.shareCodeHash(bookingCode, value);
    }

    @Override
    public String toString() {
        return value;
    }
}
