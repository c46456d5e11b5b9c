package vn.laocai.gate.queue.domain;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The code a driver shows at the yard: {@code KT2-} and six characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), drawn from a secure random source so codes cannot be guessed.
 */
public final class BookingCode {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("KT2-[0-9A-Z]{6}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private BookingCode() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder("KT2-");
        for (int i = 0; i < 6; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    public static boolean isWellFormed(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }
}
