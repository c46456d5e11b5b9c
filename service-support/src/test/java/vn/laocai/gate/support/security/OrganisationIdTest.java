package vn.laocai.gate.support.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationIdTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            // Viettel's tax code: 10 - (31·0 + 29·1 + 23·0 + 19·0 + 17·1 + 13·0 + 7·9 + 5·1 + 3·0) mod 11 = 10 - 4 = 6
            "0100109106, 0100109106, VN_TAX_CODE",
            "'0100 109 106', 0100109106, VN_TAX_CODE",
            "5300100237, 5300100237, VN_TAX_CODE",
            "0100109106-001, 0100109106-001, VN_TAX_CODE",
            "0100109106001, 0100109106-001, VN_TAX_CODE",
            // the worked example of GB 32100-2015
            "91350100M000100Y43, 91350100M000100Y43, CN_CREDIT_CODE",
            "91350100m000100y43, 91350100M000100Y43, CN_CREDIT_CODE",
            "91532503MA6K7T8Q4D, 91532503MA6K7T8Q4D, CN_CREDIT_CODE"})
    void readsCheckedNumbersInTheirNormalForm(String raw, String normal, OrganisationId.Kind kind) {
        OrganisationId id = OrganisationId.parse(raw).orElseThrow();
        assertThat(id.value()).isEqualTo(normal);
        assertThat(id.kind()).isEqualTo(kind);
        assertThat(id).isEqualTo(OrganisationId.of(normal));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0100109107",          // check digit off by one
            "0100109160",          // two digits swapped
            "1000000080",          // weighted sum ≡ 0 mod 11: the check would be 10, never issued
            "0100109106-000",      // branch 000 is the head office itself
            "010010910",           // nine digits
            "01001091061",         // eleven
            "91350100M000100Y44",  // check character wrong
            "91350100M000100Y4I",  // I is not a credit code character
            "9135A100M000100Y43",  // the division code is six digits
            "", "  ", "ABCDEFGHIJ"})
    void refusesWhatDoesNotCheck(String raw) {
        assertThat(OrganisationId.parse(raw)).isEmpty();
    }

    @Test
    void everySingleDigitChangeOfATaxCodeIsCaught() {
        String good = "0100109106";
        for (int i = 0; i < 10; i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != good.charAt(i)) {
                    String changed = good.substring(0, i) + d + good.substring(i + 1);
                    assertThat(OrganisationId.parse(changed)).as(changed).isEmpty();
                }
            }
        }
    }

    @Test
    void ofRefusesNull() {
        assertThatThrownBy(() -> OrganisationId.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
