package vn.laocai.gate.support.pdf;

import vn.laocai.gate.support.i18n.Catalogue;
import vn.laocai.gate.support.i18n.Language;
import vn.laocai.gate.support.domain.Message;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words of a printed document in Vietnamese first, then English and Chinese, from a message catalogue: one text in
 * the three languages joined by " / ", for documents read at the border by both sides and by the driver.
 */
public final class Trilingual {

    private static final Language[] ORDER = {Language.VI, Language.EN, Language.ZH};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Catalogue catalogue;

    public Trilingual(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The message of {@code key} in the three languages; {@code parameters} are name, value pairs. */
    public String text(String key, String... parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            values.put(parameters[i], parameters[i + 1]);
        }
        return join(language -> catalogue.render(language, new Message(key, values)));
    }

    /** A code in words ({@code group.CODE}) in the three languages; the same words once when they do not differ. */
    public String term(String group, String code) {
        return join(language -> catalogue.term(language, group, code));
    }

    /** An instant as gate time, labelled in the three languages: {@code 14:05 02/12/2026 (giờ Việt Nam / Vietnam time / 越南时间, UTC+7)}. */
    public String time(Instant instant) {
        if (instant == null) {
            return "-";
        }
        return TIME.format(instant.atZone(Catalogue.GATE_ZONE)) + " (" + join(language -> catalogue.text(language, "print.gateTime", Map.of())) + ", UTC+7)";
    }

    private static String join(java.util.function.Function<Language, String> words) {
        return Arrays.stream(ORDER).map(words).distinct().collect(Collectors.joining(" / "));
    }
}
