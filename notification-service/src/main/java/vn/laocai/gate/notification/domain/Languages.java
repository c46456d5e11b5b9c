package vn.laocai.gate.notification.domain;

import vn.laocai.gate.support.domain.InvalidValueException;
import vn.laocai.gate.support.i18n.Language;

import java.util.Arrays;

/** How the notification service picks a {@link Language}: one a person chose, or one from a driver's nationality. */
public final class Languages {

    private Languages() {
    }

    /** The language of a code such as {@code vi}; refused (400) naming {@code field} otherwise. */
    public static Language of(String field, String code) {
        return Arrays.stream(Language.values()).filter(l -> l.code().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "'" + code + "' is not a language; languages are vi, en, zh")
                        .saying("language", "value", code));
    }

    /**
     * The language a driver who set no preference is written to, from the nationality of the booking:
     * Vietnamese for VN, Chinese for CN, English for anyone else (or an unknown nationality).
     */
    public static Language forNationality(String nationality) {
        if ("VN".equalsIgnoreCase(nationality)) {
            return Language.VI;
        }
        if ("CN".equalsIgnoreCase(nationality)) {
            return Language.ZH;
        }
        return Language.EN;
    }
}
