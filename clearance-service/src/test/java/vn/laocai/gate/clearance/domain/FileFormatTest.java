package vn.laocai.gate.clearance.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** What a stored file is served as: its recorded type only when the content is of it. */
class FileFormatTest {

    static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void a_file_whose_content_is_its_recorded_type_is_served_as_that_type() {
        assertThat(FileFormat.servedAs("application/pdf", PDF)).isEqualTo("application/pdf");
    }

    @Test
    void any_other_record_or_content_is_served_as_bytes_no_browser_renders() {
        assertThat(FileFormat.servedAs("image/png", PDF)).isEqualTo(FileFormat.UNKNOWN_MEDIA_TYPE);
        assertThat(FileFormat.servedAs("text/html", "<script>".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(FileFormat.UNKNOWN_MEDIA_TYPE);
        assertThat(FileFormat.servedAs(null, PDF)).isEqualTo(FileFormat.UNKNOWN_MEDIA_TYPE);
    }

    @Test
    void the_extensions_of_a_format_are_matched_whatever_their_case() {
        assertThat(FileFormat.JPEG.hasExtension("scan.JPG")).isTrue();
        assertThat(FileFormat.JPEG.hasExtension("scan.jpeg")).isTrue();
        assertThat(FileFormat.JPEG.hasExtension(".jpg")).isFalse();
        assertThat(FileFormat.PDF.hasExtension("scan.pdf.exe")).isFalse();
    }
}
