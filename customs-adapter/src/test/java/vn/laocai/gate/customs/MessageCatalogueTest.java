package vn.laocai.gate.customs;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.support.domain.Message;
import vn.laocai.gate.support.i18n.Catalogue;
import vn.laocai.gate.support.i18n.CatalogueCheck;
import vn.laocai.gate.support.i18n.Language;
import vn.laocai.gate.support.i18n.PlatformTexts;

import static org.assertj.core.api.Assertions.assertThat;

/** The adapter's catalogue (with service-support's under it): every key in vi, en and zh with the same parameters. */
class MessageCatalogueTest {

    @Test
    void everyKeyIsInEveryLanguageWithTheSameParameters() {
        CatalogueCheck.assertComplete(Catalogue.load("i18n/support", "i18n/messages"));
    }

    @Test
    void aThingNotFoundIsNamedInTheLanguage() {
        Message missing = Message.of("problem.not-found", "what", "Dead letter", "id", "0/42");
        assertThat(PlatformTexts.render(Language.ZH, missing)).isEqualTo("死信记录 0/42 不存在");
        assertThat(PlatformTexts.render(Language.EN, Message.of("invalid.answer-of-another-system", "value", "CHANNEL_ASSIGNED",
                "system", "QUARANTINE"))).isEqualTo("CHANNEL_ASSIGNED is no answer of QUARANTINE");
    }
}
