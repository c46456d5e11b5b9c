package vn.laocai.gate.support.problem;

/**
 * What text the services accept at all, before any field's own rules: PostgreSQL's text type refuses
 * NUL (U+0000), and the other C0 control characters but tab, line feed and carriage return are never
 * meant in a name, number, reason or remark. A lone surrogate is not a character either.
 */
public final class Text {

    /** The longest string a JSON body may hold, in characters: far above any field's own bound. */
    public static final int MAX_JSON_STRING = 100_000;

    private Text() {
    }

    /** Why {@code value} is refused, or null when it is acceptable (null included). */
    public static String refusal(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return String.format("contains the control character U+%04X, which is not accepted", (int) c);
            }
            if (Character.isHighSurrogate(c) && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)))) {
                return "contains a lone surrogate, which is not a character";
            }
        }
        return null;
    }

    /** Refuses {@code value} as a 400 problem naming {@code field} when it holds a character refused above. */
    public static String checked(String field, String value) {
        String refusal = refusal(value);
        if (refusal != null) {
            throw ProblemException.invalidField(field, refusal);
        }
        return value;
    }
}
