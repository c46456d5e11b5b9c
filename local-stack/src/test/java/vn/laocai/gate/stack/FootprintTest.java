package vn.laocai.gate.stack;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FootprintTest {

    @Test
    void eachAppIsSizedFirstSoThePlatformsOptionsWin() {
        PlatformConfig config = PlatformConfig.fromEnvironment(Map.of("GATE_JVM_OPTS", "-Xmx200m"), PlatformConfigTest.REPO);

        List<String> service = Footprint.jvmOptions(Apps.CLEARANCE, config);
        assertThat(service).contains("-Xmx144m", "-XX:MaxMetaspaceSize=160m", "-Xss512k",
                "-Dquarkus.thread-pool.max-threads=32");
        assertThat(service.get(service.size() - 1)).isEqualTo("-Xmx200m");
        assertThat(Footprint.jvmOptions(Apps.WEB_CONSOLE, config)).contains("-Xmx96m");
        assertThat(Footprint.environment(config, Map.of("A", "1")))
                .containsEntry("A", "1").containsEntry("MALLOC_ARENA_MAX", "2");
    }

    @Test
    void sizingOffGivesEveryAppTheEarlierHeapAndNothingElse() {
        PlatformConfig config = PlatformConfig.fromEnvironment(Map.of("GATE_APP_SIZING", "off"), PlatformConfigTest.REPO);

        assertThat(config.appSizing()).isFalse();
        assertThat(Footprint.jvmOptions(Apps.VEHICLE_QUEUE, config))
                .containsExactly("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        assertThat(Footprint.environment(config, Map.of("A", "1"))).containsExactly(Map.entry("A", "1"));
    }
}
