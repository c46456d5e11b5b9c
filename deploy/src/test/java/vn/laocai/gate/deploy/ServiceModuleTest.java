package vn.laocai.gate.deploy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks read the services' own files: what they find there today, so that a reading that finds nothing fails. */
class ServiceModuleTest {

    @Test
    void readsWhatEachServiceNeedsFromItsApplicationProperties() {
        ServiceModule customs = ServiceModule.named("customs-adapter");
        assertThat(customs.httpPort()).isEqualTo(8083);
        assertThat(customs.databaseName()).contains("customs_adapter");
        assertThat(customs.requirements()).containsKeys("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                "MP_JWT_VERIFY_ISSUER", "QUARKUS_REST_CLIENT_VNACCS_URL");
        assertThat(customs.requirements().get("QUARKUS_REST_CLIENT_VNACCS_URL").mustNotBeLocal()).isTrue();

        ServiceModule simulator = ServiceModule.named("agency-simulator");
        assertThat(simulator.requirements()).containsKeys("SIMULATOR_CALLBACK_URL", "SIMULATOR_CALLBACK_TOKEN_URL",
                        "SIMULATOR_CALLBACK_CLIENT_SECRET")
                .doesNotContainKeys("QUARKUS_DATASOURCE_JDBC_URL", "SIMULATOR_CALLBACK_TOKEN");
        assertThat(simulator.usesKafka()).isFalse();
        assertThat(simulator.requirements().get("SIMULATOR_CALLBACK_CLIENT_SECRET").credential()).isTrue();
        assertThat(simulator.requirements().get("SIMULATOR_CALLBACK_TOKEN_URL").mustNotBeLocal()).isTrue();
        assertThat(simulator.requirements()).containsKeys("SIMULATOR_QUARANTINE_CALLBACK_CLIENT_SECRET",
                "SIMULATOR_CLIENT_SECRET", "SIMULATOR_ADMIN_SECRET");
        assertThat(customs.requirements()).containsKeys("GATE_CUSTOMS_VNACCS_PASSWORD", "GATE_CUSTOMS_NSW_PASSWORD",
                "GATE_CUSTOMS_QUARANTINE_PASSWORD", "GATE_CUSTOMS_BORDER_GUARD_PASSWORD");
        assertThat(customs.requirements().get("GATE_CUSTOMS_NSW_PASSWORD").credential()).isTrue();
        assertThat(customs.requirements().get("QUARKUS_DATASOURCE_PASSWORD").credential()).isTrue();
        assertThat(customs.requirements().get("QUARKUS_DATASOURCE_JDBC_URL").credential()).isFalse();
    }

    @Test
    void readsTheTopicsAndGroupsOfEachService() {
        ServiceModule clearance = ServiceModule.named("clearance-service");
        assertThat(clearance.consumedTopics()).contains("queue.booking.events", "customs.handoff.events");
        assertThat(clearance.consumerGroups()).contains("clearance-service.bookings", "clearance-service.customs");
        assertThat(clearance.deadLetterTopics()).containsExactly("clearance.dead-letter");
        assertThat(clearance.producedTopics()).contains("clearance.declaration.events", "clearance.dead-letter")
                .doesNotContain("queue.booking.events");

        ServiceModule queue = ServiceModule.named("vehicle-queue-service");
        assertThat(queue.consumerGroups()).contains("vehicle-queue-service");
        assertThat(queue.producedTopics()).contains("queue.booking.events", "queue.dead-letter");
        assertThat(ServiceModule.named("customs-adapter").producedTopics()).contains("customs.handoff.events");
    }

    @Test
    void mapsPropertiesToTheEnvironmentVariablesThatSetThem() {
        assertThat(ServiceModule.envName("quarkus.rest-client.vnaccs.url")).isEqualTo("QUARKUS_REST_CLIENT_VNACCS_URL");
        assertThat(ServiceModule.envName("mp.jwt.verify.publickey.location")).isEqualTo("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
    }

    @Test
    void eachServiceAcceptsTokensForItselfOnly() {
        for (String name : TokenSettings.SERVICES) {
            assertThat(ServiceModule.named(name).property("mp.jwt.verify.audiences")).as(name).contains(name);
        }
        assertThat(TokenSettings.supportDefaults()).containsEntry("smallrye.jwt.time-to-live", "43200")
                .containsEntry("mp.jwt.verify.clock.skew", "60").containsEntry("smallrye.jwt.required.claims", "exp,iat");
    }
}
