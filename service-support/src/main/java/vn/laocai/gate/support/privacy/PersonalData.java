package vn.laocai.gate.support.privacy;

/**
 * The one rule by which every service shows a driver's document number or a phone number to those not
 * entitled to read it in full, and what stays of personal data once its retention has passed.
 * <p>
 * {@link #mask(String)} keeps the first three and the last two characters of a value of eight or more
 * ({@code B1234567} → {@code B12***67}, {@code +84912345678} → {@code +84*******78}), the first and the last
 * of five to seven, and nothing of shorter ones; every other character becomes {@code *}, so the length
 * shows. Whether a caller sees a value in full is the REST adapter's decision (the border guard and the
 * owner for a document, the owner alone for a phone); the masking is this one.
 */
public final class PersonalData {

    /** What erased personal data reads as: a driver's name, document or phone after the retention period. */
    public static final String ERASED = "[erased]";

    /** The action under which a retention job records, without any personal data, what it erased. */
    public static final String ERASED_ACTION = "PERSONAL_DATA_ERASED";

    private PersonalData() {
    }

    /** The value with all but its first and last characters masked; null and erased values as they are. */
    public static String mask(String value) {
        if (value == null || value.isEmpty() || ERASED.equals(value)) {
            return value;
        }
        int length = value.length();
        int head = length >= 8 ? 3 : length >= 5 ? 1 : 0;
        int tail = length >= 8 ? 2 : length >= 5 ? 1 : 0;
        return value.substring(0, head) + "*".repeat(length - head - tail) + value.substring(length - tail);
    }

    /** The value in full when {@code entitled}, else {@link #mask masked}. */
    public static String show(String value, boolean entitled) {
        return entitled ? value : mask(value);
    }
}
