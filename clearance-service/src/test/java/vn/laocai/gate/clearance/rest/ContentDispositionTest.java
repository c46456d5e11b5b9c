package vn.laocai.gate.clearance.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The attachment header of a download, as RFC 6266 and RFC 8187 write it. */
class ContentDispositionTest {

    @Test
    void an_ascii_name_is_in_both_parameters() {
        assertThat(ContentDisposition.attachment("INV-2026_0042.pdf"))
                .isEqualTo("attachment; filename=\"INV-2026_0042.pdf\"; filename*=UTF-8''INV-2026_0042.pdf");
    }

    @Test
    void a_vietnamese_name_is_percent_encoded_utf8_with_an_ascii_fallback() {
        assertThat(ContentDisposition.attachment("Hóa đơn 1.pdf"))
                .isEqualTo("attachment; filename=\"H_a __n 1.pdf\"; filename*=UTF-8''H%C3%B3a%20%C4%91%C6%A1n%201.pdf");
    }

    @Test
    void quotes_backslashes_percent_and_line_breaks_never_reach_the_header_raw() {
        String header = ContentDisposition.attachment("a\"b\\c%41d\r\nSet-Cookie: x;.pdf");
        assertThat(header).isEqualTo("attachment; filename=\"a_b_c_41d__Set-Cookie: x;.pdf\"; "
                + "filename*=UTF-8''a%22b%5Cc%2541d%0D%0ASet-Cookie%3A%20x%3B.pdf");
        assertThat(header).doesNotContain("\r", "\n");
    }
}
