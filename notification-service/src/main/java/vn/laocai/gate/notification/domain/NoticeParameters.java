package vn.laocai.gate.notification.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a notice was rendered from, kept with it, so that it can be said again in another language: texts,
 * {@link java.time.Instant}s, {@link NoticeTexts.Money}, {@link NoticeTexts.Term}s, {@link NoticeTexts.Terms} and
 * {@link NoticeTexts.Phrase}s (whose own parameters are such values), or null (said as "unknown").
 */
public record NoticeParameters(Map<String, Object> values) {

    public NoticeParameters {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static NoticeParameters of(Map<String, ?> values) {
        return new NoticeParameters(new LinkedHashMap<>(values));
    }
}
