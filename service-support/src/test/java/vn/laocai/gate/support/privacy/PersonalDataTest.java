package vn.laocai.gate.support.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

    @Test
    void a_document_number_keeps_its_first_three_and_last_two_characters() {
        assertThat(PersonalData.mask("B12345689")).isEqualTo("B12****89");
        assertThat(PersonalData.mask("C1234567")).isEqualTo("C12***67");
    }

    @Test
    void a_phone_number_is_masked_by_the_same_rule() {
        assertThat(PersonalData.mask("+84912345678")).isEqualTo("+84*******78");
    }

    @Test
    void short_values_show_less_and_the_length_stays() {
        assertThat(PersonalData.mask("AB1234")).isEqualTo("A****4");
        assertThat(PersonalData.mask("1234")).isEqualTo("****");
    }

    @Test
    void absent_and_erased_values_stay_as_they_are() {
        assertThat(PersonalData.mask(null)).isNull();
        assertThat(PersonalData.mask(PersonalData.ERASED)).isEqualTo(PersonalData.ERASED);
    }

    @Test
    void only_the_entitled_see_the_value_in_full() {
        assertThat(PersonalData.show("C1234567", true)).isEqualTo("C1234567");
        assertThat(PersonalData.show("C1234567", false)).isEqualTo("C12***67");
    }
}
