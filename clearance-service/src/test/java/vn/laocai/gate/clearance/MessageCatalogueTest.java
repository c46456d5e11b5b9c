package vn.laocai.gate.clearance;

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
    void anOfficersDecisionReadsAsASentenceWithItsReasonOnlyWhenThereIsOne() {
        Message decided = Message.of("timeline.decided", "step", "CUSTOMS", "decision", "RELEASE", "from", "CHANNEL_YELLOW",
                "next", "DONE", "reason", null, "reasoned", null);
        assertThat(PlatformTexts.render(Language.EN, decided)).isEqualTo("Customs: goods released (yellow channel → done)");
        assertThat(PlatformTexts.render(Language.ZH, decided.with("reason", "单证齐全").with("reasoned", "phrase.reason")))
                .isEqualTo("海关：货物放行（黄色通道 → 已完成）：单证齐全");
    }
}
