package vn.laocai.gate.support.i18n;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.support.domain.Message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueTest {

    private final Catalogue catalogue = Catalogue.load("i18n/support");

    @Test
    void everyKeyIsInEveryLanguageWithTheSameParameters() {
        CatalogueCheck.assertComplete(catalogue);
    }

    @Test
    void timesAreGateTimeWithTheZoneNamedInTheLanguage() {
        Message message = new Message("problem.not-found", java.util.Map.of()).with("what", "x").with("id", "y");
        assertThat(catalogue.render(Language.ZH, message)).isEqualTo("x y 不存在");
        assertThat(catalogue.time(Language.VI, java.time.Instant.parse("2026-12-01T07:00:00Z")))
                .isEqualTo("14:00 01/12/2026 (giờ Việt Nam, UTC+7)");
        assertThat(catalogue.time(Language.ZH, java.time.Instant.parse("2026-12-01T07:00:00Z")))
                .isEqualTo("2026年12月1日 14:00 (越南时间, UTC+7)");
        assertThat(catalogue.time(Language.EN, java.time.Instant.parse("2026-12-01T17:30:00Z")))
                .isEqualTo("00:30 02/12/2026 (Vietnam time, UTC+7)");
    }

    @Test
    void aListOfCodesIsSaidInWordsJoinedAsTheLanguageJoins() {
        Catalogue base = Catalogue.load("i18n/support");
        Message ids = Message.of("problem.not-found", "what", "x", "id", "A");
        assertThat(base.render(Language.ZH, ids)).isEqualTo("x A 不存在");
        assertThat(Catalogue.load("i18n/support", "i18n/list-test").render(Language.ZH,
                Message.of("test.missing", "missing", "INVOICE,PACKING_LIST, OTHER"))).isEqualTo("缺少：发票、装箱单、OTHER");
        assertThat(Catalogue.load("i18n/support", "i18n/list-test").render(Language.EN,
                Message.of("test.missing", "missing", "INVOICE,PACKING_LIST"))).isEqualTo("Missing: invoice, packing list");
    }

    @Test
    void anUnknownKeyIsNoTextAndAMissingParameterIsRefused() {
        assertThat(catalogue.render(Language.EN, Message.of("no.such.key"))).isNull();
        assertThatThrownBy(() -> catalogue.render(Language.EN, Message.of("problem.not-found")))
                .hasMessageContaining("{what}");
        assertThat(PlatformTexts.render(Language.EN, Message.of("problem.not-found"))).isNull();
    }
}
