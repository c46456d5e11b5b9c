package vn.laocai.gate.support.i18n;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every catalogue must hold, for each service's catalogue test: the same keys in every language,
 * each message naming the same parameters (with the same formats) in every language, and no message that
 * renders empty.
 */
public final class CatalogueCheck {

    private CatalogueCheck() {
    }

    public static void assertComplete(Catalogue catalogue) {
        Set<String> keys = catalogue.keys(Language.DEFAULT);
        assertThat(keys).isNotEmpty();
        for (Language language : Language.values()) {
            assertThat(catalogue.keys(language)).as("keys of %s", language).containsExactlyInAnyOrderElementsOf(keys);
            for (String key : keys) {
                assertThat(catalogue.placeholders(language, key)).as("parameters of %s in %s", key, language)
                        .containsExactlyInAnyOrderElementsOf(catalogue.placeholders(Language.DEFAULT, key));
                if (catalogue.placeholders(language, key).isEmpty()) {
                    assertThat(catalogue.text(language, key, java.util.Map.of())).as("%s in %s", key, language).isNotBlank();
                }
            }
        }
    }
}
