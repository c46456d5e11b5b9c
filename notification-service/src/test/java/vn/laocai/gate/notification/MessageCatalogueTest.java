package vn.laocai.gate.notification;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.support.i18n.Catalogue;
import vn.laocai.gate.support.i18n.CatalogueCheck;
import vn.laocai.gate.support.i18n.Language;
import vn.laocai.gate.support.i18n.PlatformTexts;
import vn.laocai.gate.support.domain.Message;

import static org.assertj.core.api.Assertions.assertThat;

/** The service's catalogue on the platform's one mechanism: every key in vi, en and zh with the same parameters. */
class MessageCatalogueTest {

    @Test
    void everyKeyIsInEveryLanguageWithTheSameParameters() {
        CatalogueCheck.assertComplete(Catalogue.load("i18n/support", "i18n/messages"));
    }

    @Test
    void theServicesRefusalsAndTheSharedOnesComeFromTheSameCatalogue() {
        assertThat(PlatformTexts.render(Language.ZH, Message.of("invalid.language", "value", "fr")))
                .isEqualTo("'fr' 不是语言；可选语言为 vi、en、zh");
        assertThat(PlatformTexts.render(Language.ZH, Message.of("problem.forbidden"))).isEqualTo("访问令牌的角色不允许此请求");
    }
}
