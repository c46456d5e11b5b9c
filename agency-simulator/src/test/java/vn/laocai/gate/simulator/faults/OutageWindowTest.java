package vn.laocai.gate.simulator.faults;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.simulator.agency.AgencySystem;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutageWindowTest {

    @Test
    void a_window_covers_its_system_from_its_start_for_its_length() {
        OutageWindow w = OutageWindow.parse("VNACCS@30s+2m");

        assertThat(w.covers(AgencySystem.VNACCS, Duration.ofSeconds(29))).isFalse();
        assertThat(w.covers(AgencySystem.VNACCS, Duration.ofSeconds(30))).isTrue();
        assertThat(w.covers(AgencySystem.VNACCS, Duration.ofSeconds(149))).isTrue();
        assertThat(w.covers(AgencySystem.VNACCS, Duration.ofSeconds(150))).isFalse();
        assertThat(w.covers(AgencySystem.NSW, Duration.ofSeconds(60))).isFalse();
        assertThat(OutageWindow.parse("BORDER_GUARD@500ms+1s").length()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void a_malformed_window_is_refused_with_the_expected_form() {
        assertThatThrownBy(() -> OutageWindow.parse("VNACCS 30s")).hasMessageContaining("SYSTEM@start+length");
        assertThatThrownBy(() -> OutageWindow.parse("TAX@1s+1s")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shares_outside_zero_to_one_are_refused() {
        assertThatThrownBy(() -> new Faults(false, 0, 1.5, false, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
