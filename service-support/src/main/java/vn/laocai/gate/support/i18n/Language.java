package vn.laocai.gate.support.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the platform writes in: Vietnamese (the default), English and Chinese (simplified).
 * {@link #negotiate} picks one from an HTTP {@code Accept-Language} header (RFC 9110 §12.5.4).
 */
public enum Language {
    VI("vi", Locale.forLanguageTag("vi-VN")),
    EN("en", Locale.ENGLISH),
    ZH("zh", Locale.SIMPLIFIED_CHINESE);

    public static final Language DEFAULT = VI;

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The language's tag, as sent in {@code Content-Language}: {@code vi}, {@code en}, {@code zh}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of a tag such as {@code zh-CN} or {@code en}; empty for any other language. */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String primary = tag.trim().split("[-_]", 2)[0];
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(primary)).findFirst();
    }

    /**
     * The language to answer a request with: the first of the header's ranges, by q-value, that names one
     * of ours ({@code q=0} excludes); {@code *} or nothing known gives the default. A header that cannot be
     * parsed is treated as absent.
     */
    public static Language negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
        // parse() sorts by weight (stable for equal weights) and drops q=0 ranges
        for (Locale.LanguageRange range : ranges) {
            if (range.getRange().equals("*")) {
                return DEFAULT;
            }
            Optional<Language> known = ofTag(range.getRange());
            if (known.isPresent()) {
                return known.get();
            }
        }
        return DEFAULT;
    }
}
