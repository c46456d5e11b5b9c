package vn.laocai.gate.notification.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How long a text message is on the air. */
class SmsTextTest {

    @Test
    void gsm7_takes_160_in_one_segment_then_153_a_part() {
        assertThat(SmsText.of("a".repeat(160))).extracting(SmsText::encoding, SmsText::segments).containsExactly(SmsText.Encoding.GSM7, 1);
        assertThat(SmsText.of("a".repeat(161)).segments()).isEqualTo(2);
        assertThat(SmsText.of("a".repeat(306)).segments()).isEqualTo(2);
        assertThat(SmsText.of("a".repeat(307)).segments()).isEqualTo(3);
    }

    @Test
    void extension_characters_count_twice() {
        assertThat(SmsText.of("€".repeat(80))).extracting(SmsText::encoding, SmsText::units, SmsText::segments)
                .containsExactly(SmsText.Encoding.GSM7, 160, 1);
        assertThat(SmsText.of("€".repeat(81)).segments()).isEqualTo(2);
    }

    @Test
    void chinese_and_vietnamese_with_diacritics_are_ucs2_70_then_67() {
        assertThat(SmsText.of("车".repeat(70))).extracting(SmsText::encoding, SmsText::segments).containsExactly(SmsText.Encoding.UCS2, 1);
        assertThat(SmsText.of("车".repeat(71)).segments()).isEqualTo(2);
        assertThat(SmsText.of("车".repeat(135)).segments()).isEqualTo(3);
        assertThat(SmsText.of("Xe được gọi").encoding()).isEqualTo(SmsText.Encoding.UCS2);
    }

    @Test
    void vietnamese_loses_its_marks_and_d_with_stroke_becomes_d() {
        assertThat(SmsText.withoutDiacritics("Đặt lịch được gọi vào cổng, làn 3; giờ Việt Nam"))
                .isEqualTo("Dat lich duoc goi vao cong, lan 3; gio Viet Nam");
        assertThat(SmsText.of(SmsText.withoutDiacritics("Đường đi ưu tiên")).encoding()).isEqualTo(SmsText.Encoding.GSM7);
    }
}
