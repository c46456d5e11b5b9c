package vn.laocai.gate.support.i18n;

import vn.laocai.gate.support.domain.Message;

/**
 * The catalogue of the running app: service-support's own messages ({@code i18n/support_*.properties}:
 * problem titles and the refusals every service shares) with the service's ({@code i18n/messages_*.properties})
 * over them. Read once, on first use.
 */
public final class PlatformTexts {

    private static final class Loaded {
        static final Catalogue CATALOGUE = Catalogue.load("i18n/support", "i18n/messages");
    }

    private PlatformTexts() {
    }

    public static Catalogue catalogue() {
        return Loaded.CATALOGUE;
    }

    /**
     * {@code message} in {@code language}; null when the catalogue has no words for it or its message names a
     * parameter the code did not give (the caller then says its English text).
     */
    public static String render(Language language, Message message) {
        try {
            return catalogue().render(language, message);
        } catch (IllegalArgumentException incomplete) {
            return null;
        }
    }

    /** The title of a problem: {@code title.<slug>}, else {@code title.<status>}, else {@code english}. */
    public static String title(Language language, String slug, int status, String english) {
        Catalogue catalogue = catalogue();
        if (catalogue.has("title." + slug)) {
            return catalogue.text(language, "title." + slug, java.util.Map.of());
        }
        if (catalogue.has("title." + status)) {
            return catalogue.text(language, "title." + status, java.util.Map.of());
        }
        return english;
    }
}
