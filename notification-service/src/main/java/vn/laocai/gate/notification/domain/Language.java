package vn.laocai.gate.notification.domain;

import vn.laocai.gate.support.domain.InvalidValueException;

import java.util.Arrays;
import java.util.Locale;

/** The languages notices are written in: Vietnamese, English, Chinese (simplified). */
public enum Language {
    VI("vi", new Locale("vi", "VN")),
    EN("en", Locale.ENGLISH),
    ZH("zh", Locale.SIMPLIFIED_CHINESE);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of a code such as {@code vi}; refused (400) naming {@code field} otherwise. */
    public static Language of(String field, String code) {
        return Arrays.stream(values())
                .filter(l -> l.code.equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "'" + code + "' is not a language; languages are vi, en, zh"));
    }

    /**
     * The language a driver who set no preference is written to, from the nationality of the booking:
     * Vietnamese for VN, Chinese for CN, English for anyone else (or an unknown nationality).
     */
    public static Language forNationality(String nationality) {
        if ("VN".equalsIgnoreCase(nationality)) {
            return VI;
        }
        if ("CN".equalsIgnoreCase(nationality)) {
            return ZH;
        }
        return EN;
    }
}
