package vn.laocai.gate.clearance.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored name of an uploaded file: no path, no control or format characters, no quotes, bounded, its format's extension. */
class DocumentFileNameTest {

    @Test
    void a_plain_name_is_kept() {
        assertThat(DocumentFileName.of("Hóa đơn 0042.pdf", FileFormat.PDF)).isEqualTo("Hóa đơn 0042.pdf");
        assertThat(DocumentFileName.of("scan.JPEG", FileFormat.JPEG)).isEqualTo("scan.JPEG");
    }

    @Test
    void only_the_last_path_segment_is_kept() {
        assertThat(DocumentFileName.of("../../etc/passwd.pdf", FileFormat.PDF)).isEqualTo("passwd.pdf");
        assertThat(DocumentFileName.of("C:\\Users\\lan\\Desktop\\invoice.pdf", FileFormat.PDF)).isEqualTo("invoice.pdf");
        assertThat(DocumentFileName.of("..", FileFormat.PDF)).isEqualTo("document.pdf");
    }

    @Test
    void control_and_format_characters_and_quotes_are_removed() {
        assertThat(DocumentFileName.of("in\tvoice\r\n.pdf", FileFormat.PDF)).isEqualTo("in voice .pdf");
        assertThat(DocumentFileName.of("\"invoice\"; filename=x.pdf", FileFormat.PDF)).isEqualTo("invoice; filename=x.pdf");
        // U+202E (right-to-left override) would show "invoice\u202Efdp.exe" as "invoiceexe.pdf"
        assertThat(DocumentFileName.of("invoice\u202Efdp.exe", FileFormat.PDF)).isEqualTo("invoicefdp.exe.pdf");
        assertThat(DocumentFileName.of("a\u200Bb\u0085c'd`e<f>g|h*i?j:k.png", FileFormat.PNG)).isEqualTo("abcdefghijk.png");
    }

    @Test
    void leading_dots_and_surrounding_spaces_go() {
        assertThat(DocumentFileName.of("  .hidden.pdf  ", FileFormat.PDF)).isEqualTo("hidden.pdf");
        assertThat(DocumentFileName.of("report.pdf. . ", FileFormat.PDF)).isEqualTo("report.pdf");
    }

    @Test
    void the_name_ends_with_the_extension_of_the_stored_format() {
        assertThat(DocumentFileName.of("invoice.html", FileFormat.PDF)).isEqualTo("invoice.html.pdf");
        assertThat(DocumentFileName.of("photo", FileFormat.JPEG)).isEqualTo("photo.jpg");
        assertThat(DocumentFileName.of("photo.jpeg", FileFormat.PNG)).isEqualTo("photo.jpeg.png");
    }

    @Test
    void nothing_left_gives_a_generic_name() {
        assertThat(DocumentFileName.of(null, FileFormat.PNG)).isEqualTo("document.png");
        assertThat(DocumentFileName.of("\"\u202E/", FileFormat.PDF)).isEqualTo("document.pdf");
        assertThat(DocumentFileName.of(".pdf", FileFormat.PDF)).isEqualTo("pdf.pdf");
    }

    @Test
    void a_long_name_is_cut_keeping_its_extension_and_whole_characters() {
        String stored = DocumentFileName.of("x".repeat(500) + ".pdf", FileFormat.PDF);
        assertThat(stored).hasSize(DocumentFileName.MAX_LENGTH).endsWith("x.pdf");
        // 😀 is two UTF-16 code units: a cut never leaves half of one
        String emoji = DocumentFileName.of("a" + "😀".repeat(100) + ".pdf", FileFormat.PDF);
        assertThat(emoji.length()).isLessThanOrEqualTo(DocumentFileName.MAX_LENGTH);
        assertThat(emoji).endsWith("😀.pdf").doesNotContain("\uFFFD");
        assertThat(emoji.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE)).isTrue();
    }
}
