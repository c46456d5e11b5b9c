package vn.laocai.gate.support.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds English sentences in a text meant to be Vietnamese or Chinese: a run of three or more words in a row,
 * each an English word of a small stop list or of the app's English catalogue. Codes, plates, units, field
 * names and parameter values are no words (upper case, digits, a hyphen or an underscore, camelCase), so
 * {@code goodsLines[2].hsCode}, {@code OUT_OF_TURN_CALL} or {@code UTC+7} never count.
 */
public final class EnglishRuns {

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "is", "are", "was", "be", "been", "not", "no",
            "of", "to", "in", "on", "at", "by", "for", "with", "from", "this", "that", "these", "which", "it", "its", "and",
            "or", "but", "than", "must", "may", "can", "cannot", "does", "do", "has", "have", "any", "one", "all", "only",
            "value", "values", "request", "body", "field", "path", "invalid", "unreadable", "type", "such", "as", "there");
    private static final Pattern SPLIT = Pattern.compile("[\\s,.;:!?()\\[\\]{}\"'“”‘’«»（）：，。；、！？【】《》…]+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][a-z]*");

    private final Set<String> words;

    private EnglishRuns(Set<String> words) {
        this.words = words;
    }

    /** The stop list and every word of the English catalogues on the class path ({@code support_en}, {@code messages_en}). */
    public static EnglishRuns ofCatalogues() {
        List<String> texts = new ArrayList<>();
        for (String name : List.of("i18n/support_en.properties", "i18n/messages_en.properties")) {
            try (InputStream in = EnglishRuns.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    continue;
                }
                Properties catalogue = new Properties();
                catalogue.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                catalogue.values().forEach(v -> texts.add(String.valueOf(v)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return including(texts);
    }

    /** The stop list alone. */
    public static EnglishRuns stopWords() {
        return new EnglishRuns(STOP_WORDS);
    }

    /** The stop list and every word of {@code englishTexts} (a catalogue's values: their placeholders are no words). */
    public static EnglishRuns including(Iterable<String> englishTexts) {
        Set<String> words = new HashSet<>(STOP_WORDS);
        englishTexts.forEach(text -> words.addAll(wordsOf(text.replaceAll("\\{[^}]*}", " "))));
        return new EnglishRuns(words);
    }

    /** The first run of three or more English words in {@code text}, or null when there is none. */
    public String firstRun(String text) {
        if (text == null) {
            return null;
        }
        List<String> run = new ArrayList<>();
        for (String token : SPLIT.split(text)) {
            if (isWord(token) && words.contains(token.toLowerCase())) {
                run.add(token);
                if (run.size() >= 3) {
                    continue;
                }
            } else {
                if (run.size() >= 3) {
                    return String.join(" ", run);
                }
                run.clear();
            }
        }
        return run.size() >= 3 ? String.join(" ", run) : null;
    }

    private static boolean isWord(String token) {
        return WORD.matcher(token).matches() && !(token.length() > 1 && token.equals(token.toUpperCase()));
    }

    private static List<String> wordsOf(String text) {
        List<String> found = new ArrayList<>();
        for (String token : SPLIT.split(text)) {
            // two-letter words of a catalogue are language codes (vi, en, zh) and units more often than English
            if (isWord(token) && token.length() > 2) {
                found.add(token.toLowerCase());
            }
        }
        return found;
    }
}
