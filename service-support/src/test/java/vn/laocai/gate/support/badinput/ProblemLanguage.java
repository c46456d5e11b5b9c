package vn.laocai.gate.support.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.laocai.gate.support.i18n.EnglishRuns;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a problem is said in the language the request asked for: {@code Content-Language} names it, and its
 * title, detail and each violation's message are written in it. Vietnamese and Chinese texts carry letters of
 * their own (a Vietnamese letter with its marks, a Han character) and hold no English sentence
 * ({@link EnglishRuns}); an English title holds neither.
 */
final class ProblemLanguage {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HAN = Pattern.compile("(?s).*\\p{IsHan}.*");
    private static final Pattern NOT_ASCII_LETTER = Pattern.compile("(?s).*[\\p{L}&&[^\\p{ASCII}]].*");

    private ProblemLanguage() {
    }

    /** What is wrong with the language of {@code problem}, asked in {@code asked} (null: none), or null when nothing is. */
    static String check(String asked, String contentLanguage, String problem, EnglishRuns english) {
        String expected = asked == null ? "vi" : asked.substring(0, 2);
        if (!expected.equals(contentLanguage)) {
            return "Content-Language " + contentLanguage + ", not " + expected;
        }
        JsonNode body;
        try {
            body = JSON.readTree(problem);
        } catch (IOException e) {
            return "not JSON";
        }
        List<String> texts = new ArrayList<>();
        texts.add(body.path("title").asText(""));
        texts.add(body.path("detail").asText(""));
        body.path("violations").forEach(v -> texts.add(v.path("message").asText("")));
        for (String text : texts) {
            if (text.isEmpty()) {
                continue;
            }
            String wrong = switch (expected) {
                case "en" -> HAN.matcher(texts.get(0)).matches() ? "a title not in English" : null;
                case "zh" -> !HAN.matcher(text).matches() ? "no Chinese in '" + text + "'" : null;
                default -> !NOT_ASCII_LETTER.matcher(text).matches() ? "no Vietnamese in '" + text + "'" : null;
            };
            String run = expected.equals("en") ? null : english.firstRun(text);
            if (wrong != null || run != null) {
                return wrong != null ? wrong : "English ('" + run + "') in '" + text + "'";
            }
        }
        return null;
    }
}
