package vn.laocai.gate.infra;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedInfraTest {

    @TempDir
    Path home;

    @Test
    void postgres_keeps_its_data_across_a_restart() throws Exception {
        int port = FreePorts.next();
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(home.resolve("pg"), port)) {
            pg.ensureDatabase("queue");
            pg.ensureDatabase("queue");
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("queue"), "postgres", "");
                 Statement s = c.createStatement()) {
                s.execute("create table booking (code text primary key)");
                s.execute("insert into booking values ('KT2-7XK4P9')");
            }
        }
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(home.resolve("pg"), port);
             Connection c = DriverManager.getConnection(pg.jdbcUrl("queue"), "postgres", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select code from booking")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("KT2-7XK4P9");
        }
    }

    @Test
    void kafka_keeps_events_across_a_restart() {
        int port = FreePorts.next();
        int controller = FreePorts.next();
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(home.resolve("kafka"), port, controller)) {
            kafka.createTopics(List.of("test.thing.events"), 3);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("test.thing.events", "k", "booked")).get();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(home.resolve("kafka"), port, controller);
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                     ConsumerConfig.GROUP_ID_CONFIG, "test",
                     ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("test.thing.events"));
            long deadline = System.currentTimeMillis() + 30_000;
            String value = null;
            while (value == null && System.currentTimeMillis() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    value = records.iterator().next().value();
                }
            }
            assertThat(value).isEqualTo("booked");
        }
    }

    @Test
    void tokens_are_signed_by_a_key_kept_between_loads() {
        DevIdentity first = DevIdentity.loadOrCreate(home.resolve("keys"));
        DevIdentity second = DevIdentity.loadOrCreate(home.resolve("keys"));
        assertThat(second.publicKeyPath()).isEqualTo(first.publicKeyPath());
        String token = second.token("driver-1", "driver");
        assertThat(token.split("\\.")).hasSize(3);
    }

    @Test
    void tokens_name_every_service_and_live_at_most_twelve_hours() {
        DevIdentity identity = DevIdentity.loadOrCreate(home.resolve("keys"));
        String claims = new String(java.util.Base64.getUrlDecoder().decode(identity.token("driver-1", "driver").split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(claims).contains("\"vehicle-queue-service\"", "\"clearance-service\"", "\"customs-adapter\"",
                "\"notification-service\"", "\"iat\":", "\"exp\":");
        long iat = Long.parseLong(claims.replaceAll(".*\"iat\":(\\d+).*", "$1"));
        long exp = Long.parseLong(claims.replaceAll(".*\"exp\":(\\d+).*", "$1"));
        assertThat(exp - iat).isEqualTo(DevIdentity.MAX_LIFETIME.toSeconds());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> identity.token("x", java.time.Duration.ofDays(365), "driver"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> identity.clientToken("vnaccs", java.time.Duration.ofHours(13),
                java.util.Set.of("customs-adapter"), "agency-system")).isInstanceOf(IllegalArgumentException.class);
    }
}
