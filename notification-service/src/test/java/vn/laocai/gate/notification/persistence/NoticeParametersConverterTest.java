package vn.laocai.gate.notification.persistence;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.notification.domain.NoticeParameters;
import vn.laocai.gate.notification.domain.NoticeTexts;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of value a notice is rendered from comes back from its column as it went in. */
class NoticeParametersConverterTest {

    final NoticeParametersConverter converter = new NoticeParametersConverter();

    @Test
    void each_kind_of_value_comes_back_as_it_went_in() {
        Map<String, Object> values = new HashMap<>();
        values.put("plate", "云G·12345");
        values.put("window", Instant.parse("2026-06-15T07:00:00Z"));
        values.put("fee", new NoticeTexts.Money(4_000_000));
        values.put("step", new NoticeTexts.Term("step", "CUSTOMS"));
        values.put("documents", new NoticeTexts.Terms("document", List.of("INVOICE", "PACKING_LIST")));
        values.put("why", new NoticeTexts.Phrase("hold.documents", Map.of("until", Instant.parse("2026-06-16T01:00:00Z"))));
        values.put("reason", null);
        NoticeParameters parameters = NoticeParameters.of(values);

        String column = converter.convertToDatabaseColumn(parameters);

        assertThat(column).contains("\"instant\":\"2026-06-15T07:00:00Z\"", "\"vnd\":4000000");
        assertThat(converter.convertToEntityAttribute(column)).isEqualTo(parameters);
        assertThat(converter.convertToEntityAttribute(null)).isNull();
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
    }
}
