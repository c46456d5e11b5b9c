package vn.laocai.gate.queue;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.support.domain.Message;
import vn.laocai.gate.support.i18n.Catalogue;
import vn.laocai.gate.support.i18n.CatalogueCheck;
import vn.laocai.gate.support.i18n.Language;
import vn.laocai.gate.support.i18n.PlatformTexts;

import static org.assertj.core.api.Assertions.assertThat;

/** The service's catalogue (with service-support's under it): every key in vi, en and zh with the same parameters. */
class MessageCatalogueTest {

    @Test
    void everyKeyIsInEveryLanguageWithTheSameParameters() {
        CatalogueCheck.assertComplete(Catalogue.load("i18n/support", "i18n/messages"));
    }

    @Test
    void aPhraseIsFilledFromTheSameParametersAndLeftOutWhenAbsent() {
        Message full = Message.of("rule.slot-full").with("direction", "IMPORT").with("slot", "2026-12-01T07:00:00Z")
                .with("capacity", 5);
        assertThat(PlatformTexts.render(Language.EN, full.with("nextFree", null)))
                .isEqualTo("the import slot of 14:00 01/12/2026 (Vietnam time, UTC+7) is full (5 vehicles)");
        assertThat(PlatformTexts.render(Language.ZH, full.with("nextFree", "phrase.next-free").with("next", "2026-12-01T08:00:00Z")))
                .isEqualTo("进口 2026年12月1日 14:00 (越南时间, UTC+7) 的时段已满（5 辆）；下一个空闲时段为 2026年12月1日 15:00 (越南时间, UTC+7)");
    }
}
