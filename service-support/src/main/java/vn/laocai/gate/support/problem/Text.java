package vn.laocai.gate.support.problem;

import vn.laocai.gate.support.domain.Message;

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

    /** Why {@code value} is refused, in English, or null when it is acceptable (null included). */
    public static String refusal(String value) {
        Message reason = reason(value);
        if (reason == null) {
            return null;
        }
        return reason.key().equals("refused.control")
                ? "contains the control character " + reason.parameters().get("code") + ", which is not accepted"
                : "contains a lone surrogate, which is not a character";
    }

    /**
     * Why {@code value} is refused, as a catalogue message ({@code refused.control} with the character's
     * {@code code}, {@code refused.surrogate}), or null when it is acceptable (null included).
     */
    public static Message reason(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return Message.of("refused.control", "code", String.format("U+%04X", (int) c));
            }
            if (Character.isHighSurrogate(c) && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)))) {
                return Message.of("refused.surrogate");
            }
        }
        return null;
    }

    /** Refuses {@code value} as a 400 problem naming {@code field}, in the reader's language, when it holds a character refused above. */
    public static String checked(String field, String value) {
        Message reason = reason(value);
        if (reason != null) {
            throw ProblemException.invalidField(field, refusal(value), reason);
        }
        return value;
    }
}
