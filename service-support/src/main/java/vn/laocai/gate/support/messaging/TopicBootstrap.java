package vn.laocai.gate.support.messaging;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.laocai.gate.events.Topics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Creates the platform's topics (and this service's dead-letter topic) at start when they are
 * missing. A broker that is down at start is not fatal: the outbox keeps the events until it returns.
 */
@ApplicationScoped
public class TopicBootstrap {

    private static final Logger LOG = Logger.getLogger(TopicBootstrap.class);

    void onStart(@Observes StartupEvent event,
                 @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                 @ConfigProperty(name = "gate.kafka.partitions", defaultValue = "3") int partitions,
                 @ConfigProperty(name = "gate.kafka.replication-factor", defaultValue = "1") short replicationFactor,
                 @ConfigProperty(name = "gate.kafka.extra-topics") Optional<List<String>> extraTopics,
                 @ConfigProperty(name = "gate.kafka.create-topics", defaultValue = "true") boolean create) {
        if (!create) {
            return;
        }
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((k, v) -> {
            if (k.equals("bootstrap.servers") || k.startsWith("security.") || k.startsWith("sasl.") || k.startsWith("ssl.")) {
                config.put(k, v);
            }
        });
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        List<String> wanted = Stream.concat(Topics.all().stream(), extraTopics.orElse(List.of()).stream()).toList();
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.stream()
                    .filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, replicationFactor))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
                LOG.infof("Created topics %s", missing.stream().map(NewTopic::name).toList());
            }
        } catch (Exception e) {
            LOG.warnf("Could not check or create topics %s now: %s", wanted, e.getMessage());
        }
    }
}
