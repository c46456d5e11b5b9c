package vn.laocai.gate.clearance.domain;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.support.domain.InvalidValueException;
import vn.laocai.gate.support.domain.RuleViolation;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The GACC code file: the bundled sample as read, what a file must hold, and the check of a code against a list. */
class GaccCodeFileTest {

    static byte[] bundled() throws Exception {
        try (InputStream in = GaccCodeFileTest.class.getClassLoader().getResourceAsStream("gacc/gacc-codes-vn-2026-11-20.csv")) {
            return in.readAllBytes();
        }
    }

    @Test
    void the_bundled_file_is_a_sample_with_its_date_source_and_codes() throws Exception {
        GaccCodeFile file = GaccCodeFile.parse(bundled());
        assertThat(file.version()).isEqualTo("VN-2026-11-20-SAMPLE");
        assertThat(file.publishedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(file.sample()).isTrue();
        assertThat(file.source()).startsWith("SAMPLE, not GACC's list");
        assertThat(file.codes()).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo("VN-LCA-0101");
            assertThat(c.kind()).isEqualTo(GaccCode.Kind.PLANTING_AREA);
            assertThat(c.status()).isEqualTo(GaccCode.Status.ACTIVE);
        });
        assertThat(file.codes()).filteredOn(c -> c.status() == GaccCode.Status.SUSPENDED).extracting(GaccCode::code)
                .containsExactlyInAnyOrder("VN-LCA-0199", "VN-LCPH-0019");
    }

    @Test
    void a_file_without_its_date_with_a_wrong_header_or_a_bad_line_is_refused_naming_the_line() {
        String header = "# version: V1\n# source: test\nkind,code,name,province,product,status\n";
        assertThatThrownBy(() -> parse(header + "PLANTING_AREA,VN-LCA-1,a,b,c,ACTIVE\n"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("names no published");
        String dated = "# version: V1\n# published: 2026-12-01\n# source: test\n";
        assertThatThrownBy(() -> parse(dated + "code,kind\n")).hasMessageContaining("line 4 the header must be");
        assertThatThrownBy(() -> parse(dated + "kind,code,name,province,product,status\nORCHARD,VN-LCA-1,a,b,c,ACTIVE\n"))
                .hasMessageContaining("line 5 kind 'ORCHARD'");
        assertThatThrownBy(() -> parse(dated + "kind,code,name,province,product,status\nPLANTING_AREA,VN-LCA-1,a,b,c,GONE\n"))
                .hasMessageContaining("line 5 status 'GONE'");
        assertThat(((InvalidValueException) org.assertj.core.api.Assertions.catchThrowable(() -> parse(dated + "x"))).field())
                .isEqualTo("file");
    }

    @Test
    void an_unknown_or_suspended_code_is_refused_naming_the_field() throws Exception {
        GaccCodeList list = GaccCodeList.imported(GaccCodeFile.parse(bundled()), "00", false, "test", Instant.EPOCH);
        RuleViolation unknown = (RuleViolation) org.assertj.core.api.Assertions.catchThrowable(
                () -> list.check(DocumentType.PLANTING_AREA_CODE, "VN-LCA-9999", Optional.empty(), "number"));
        assertThat(unknown.rule()).isEqualTo("gacc-code-unknown");
        assertThat(unknown.field()).isEqualTo("number");
        GaccCode suspended = new GaccCode(GaccCode.Kind.PLANTING_AREA, "VN-LCA-0199", "n", "p", "banana", GaccCode.Status.SUSPENDED);
        assertThatThrownBy(() -> list.check(DocumentType.PLANTING_AREA_CODE, "VN-LCA-0199", Optional.of(suspended), "number"))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("gacc-code-suspended");
        assertThatThrownBy(() -> GaccCodeList.imported(GaccCodeFile.parse(bundled()), "00", true, "test", Instant.EPOCH))
                .extracting("rule").isEqualTo("gacc-list-version-exists");
    }

    static GaccCodeFile parse(String text) {
        return GaccCodeFile.parse(text.getBytes(StandardCharsets.UTF_8));
    }
}
