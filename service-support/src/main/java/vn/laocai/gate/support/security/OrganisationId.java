package vn.laocai.gate.support.security;

import java.util.Locale;
import java.util.Optional;

/**
 * Who an organisation is, by the number the state gave it: a Vietnamese tax code (mã số thuế, MST) of 10
 * digits, or 13 for a branch ({@code 0100109106-001}), whose tenth digit checks the first nine; or, for a
 * Chinese carrier or consignee, its unified social credit code (统一社会信用代码, GB 32100-2015) of 18
 * characters whose last one checks the first seventeen. Parsed once, kept in its normal form: digits,
 * the branch after a dash, the credit code in upper case.
 */
public final class OrganisationId {

    /** Which register the number comes from. */
    public enum Kind { VN_TAX_CODE, CN_CREDIT_CODE }

    private static final int[] MST_WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};
    /** The 31 characters of a credit code, each worth its index (no I, O, Z, S, V). */
    private static final String USCC_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String value;
    private final Kind kind;

    private OrganisationId(String value, Kind kind) {
        this.value = value;
        this.kind = kind;
    }

    /** The id {@code raw} writes; {@link IllegalArgumentException} when it is none. */
    public static OrganisationId of(String raw) {
        return parse(raw).orElseThrow(() -> new IllegalArgumentException("not a tax code or credit code: " + raw));
    }

    /** A tax code or credit code as people write it (spaces ignored, a branch with or without its dash); empty when malformed or its check fails. */
    public static Optional<OrganisationId> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.replace(" ", "").toUpperCase(Locale.ROOT);
        if (s.matches("[0-9]{10}")) {
            return mstChecks(s) ? Optional.of(trusted(s, Kind.VN_TAX_CODE)) : Optional.empty();
        }
        if (s.matches("[0-9]{10}-?[0-9]{3}")) {
            String head = s.substring(0, 10);
            String branch = s.substring(s.length() - 3);
            return mstChecks(head) && !branch.equals("000")
                    ? Optional.of(trusted(head + "-" + branch, Kind.VN_TAX_CODE)) : Optional.empty();
        }
        if (s.length() == 18 && s.chars().allMatch(c -> USCC_CHARACTERS.indexOf(c) >= 0) && s.substring(2, 8).matches("[0-9]{6}")) {
            return usccChecks(s) ? Optional.of(trusted(s, Kind.CN_CREDIT_CODE)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The tenth digit is 10 less the weighted sum of the first nine modulo 11; a sum leaving 0 (check "10") is never issued. */
    static boolean mstChecks(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += MST_WEIGHTS[i] * (tenDigits.charAt(i) - '0');
        }
        int check = 10 - sum % 11;
        return check < 10 && check == tenDigits.charAt(9) - '0';
    }

    /** The last character is worth 31 less the weighted sum of the first seventeen modulo 31 (31 written 0). */
    static boolean usccChecks(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_WEIGHTS[i] * USCC_CHARACTERS.indexOf(code.charAt(i));
        }
        int check = (31 - sum % 31) % 31;
        return USCC_CHARACTERS.charAt(check) == code.charAt(17);
    }

    private static OrganisationId trusted(String value, Kind kind) {
        return new OrganisationId(value, kind);
    }

    /** The normal form: {@code 0100109106}, {@code 0100109106-001} or {@code 91350100M000100Y43}. */
    public String value() {
        return value;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrganisationId other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
