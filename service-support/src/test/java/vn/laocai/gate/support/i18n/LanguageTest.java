package vn.laocai.gate.support.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @Test
    void theFirstKnownLanguageByWeightIsChosen() {
        assertThat(Language.negotiate("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Language.ZH);
        assertThat(Language.negotiate("en-US")).isEqualTo(Language.EN);
        assertThat(Language.negotiate("fr-FR, en;q=0.5, zh;q=0.7")).isEqualTo(Language.ZH);
        assertThat(Language.negotiate("vi;q=0.2, en;q=0.9")).isEqualTo(Language.EN);
        assertThat(Language.negotiate("zh;q=0, en;q=0.1")).isEqualTo(Language.EN);
    }

    @Test
    void nothingKnownGivesVietnamese() {
        assertThat(Language.negotiate(null)).isEqualTo(Language.VI);
        assertThat(Language.negotiate("")).isEqualTo(Language.VI);
        assertThat(Language.negotiate("fr, de;q=0.5")).isEqualTo(Language.VI);
        assertThat(Language.negotiate("*")).isEqualTo(Language.VI);
        assertThat(Language.negotiate("zh;q=oops\u0000")).isEqualTo(Language.VI);
    }
}
