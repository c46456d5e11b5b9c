package vn.laocai.gate.support.partner;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.support.domain.InvalidValueException;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerQueryTest {

    static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    @Test
    void without_a_range_the_last_day() {
        PartnerQuery q = PartnerQuery.of(null, null, 0, 50, NOW);
        assertThat(q.from()).isEqualTo(Instant.parse("2026-06-14T10:00:00Z"));
        assertThat(q.until()).isEqualTo(NOW);
        assertThat(PartnerQuery.of("2026-06-01T00:00:00Z", null, 2, 10, NOW).until()).isEqualTo(Instant.parse("2026-06-02T00:00:00Z"));
        assertThat(PartnerQuery.of(null, null, 2, 10, NOW).offset()).isEqualTo(20);
    }

    @Test
    void a_bad_range_or_page_names_its_parameter() {
        assertField(() -> PartnerQuery.of("yesterday", null, 0, 50, NOW), "from");
        assertField(() -> PartnerQuery.of("2026-06-02T00:00:00Z", "2026-06-01T00:00:00Z", 0, 50, NOW), "until");
        assertField(() -> PartnerQuery.of("2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z", 0, 50, NOW), "until");
        assertField(() -> PartnerQuery.of(null, null, -1, 50, NOW), "page");
        assertField(() -> PartnerQuery.of(null, null, 0, 201, NOW), "size");
        assertField(() -> PartnerQuery.of(null, null, 0, 0, NOW), "size");
    }

    @Test
    void a_page_tells_whether_the_next_has_more() {
        PartnerQuery q = PartnerQuery.of(null, null, 0, 2, NOW);
        assertThat(PartnerPage.of(List.of(1, 2, 3), q)).satisfies(p -> {
            assertThat(p.items()).containsExactly(1, 2);
            assertThat(p.hasMore()).isTrue();
        });
        assertThat(PartnerPage.of(List.of(1, 2), q).hasMore()).isFalse();
    }

    private static void assertField(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
