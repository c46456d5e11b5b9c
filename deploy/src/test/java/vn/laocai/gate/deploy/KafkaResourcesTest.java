package vn.laocai.gate.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.laocai.gate.events.EventType;
import vn.laocai.gate.events.Topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laocai.gate.deploy.Kustomize.Yaml2.map;
import static vn.laocai.gate.deploy.Kustomize.Yaml2.maps;
import static vn.laocai.gate.deploy.Kustomize.Yaml2.strings;

/**
 * The Kafka side of every overlay: a KRaft cluster of three nodes, a KafkaTopic (replicated three
 * times, two in sync) for every topic the code uses, and for every application a user whose ACLs
 * let it read what it consumes with its groups and write what it produces.
 */
class KafkaResourcesTest {

    @ParameterizedTest
    @MethodSource("vn.laocai.gate.deploy.Overlays#names")
    void kafkaRunsInKraftModeOnThreeNodesWithAclsAndTwoInSyncReplicas(String overlay) {
        Workloads w = Overlays.render(overlay);
        assertThat(w.ofKind("Kafka")).hasSize(1);
        Map<String, Object> kafka = w.ofKind("Kafka").get(0);
        assertThat(map(map(kafka.get("metadata")).get("annotations")))
                .containsEntry("strimzi.io/kraft", "enabled").containsEntry("strimzi.io/node-pools", "enabled");
        assertThat(Workloads.spec(kafka)).doesNotContainKey("zookeeper");
        Map<String, Object> broker = map(Workloads.spec(kafka).get("kafka"));
        assertThat(map(broker.get("authorization")).get("type")).isEqualTo("simple");
        assertThat(map(broker.get("config"))).containsEntry("min.insync.replicas", 2)
                .containsEntry("default.replication.factor", 3).containsEntry("auto.create.topics.enable", false);
        List<Map<String, Object>> pools = w.ofKind("KafkaNodePool").stream()
                .filter(p -> Workloads.name(kafka).equals(labels(p).get("strimzi.io/cluster"))).toList();
        assertThat(replicasWithRole(pools, "broker")).isGreaterThanOrEqualTo(3);
        assertThat(replicasWithRole(pools, "controller")).isEqualTo(3);
    }

    private static int replicasWithRole(List<Map<String, Object>> pools, String role) {
        return pools.stream().filter(p -> strings(Workloads.spec(p).get("roles")).contains(role))
                .mapToInt(p -> (Integer) Workloads.spec(p).get("replicas")).sum();
    }

    @ParameterizedTest
    @MethodSource("vn.laocai.gate.deploy.Overlays#names")
    void everyTopicTheCodeUsesIsDeclaredReplicatedThreeTimes(String overlay) {
        Workloads w = Overlays.render(overlay);
        Set<String> used = new TreeSet<>(Topics.all());
        EventType.all().forEach(t -> used.add(t.topic()));
        for (ServiceModule app : ServiceModule.all()) {
            used.addAll(app.consumedTopics());
            used.addAll(app.deadLetterTopics());
            used.addAll(app.extraTopics());
        }
        assertThat(used).contains("queue.dead-letter", "clearance.dead-letter", "customs.dead-letter",
                "notification.dead-letter");
        String cluster = Workloads.name(w.ofKind("Kafka").get(0));
        List<String> problems = new ArrayList<>();
        for (String topic : used) {
            Map<String, Object> declared = w.ofKind("KafkaTopic").stream()
                    .filter(t -> topic.equals(Workloads.spec(t).getOrDefault("topicName", Workloads.name(t))))
                    .findFirst().orElse(null);
            if (declared == null) {
                problems.add(topic + " has no KafkaTopic");
                continue;
            }
            Map<String, Object> spec = Workloads.spec(declared);
            if (!cluster.equals(labels(declared).get("strimzi.io/cluster"))) {
                problems.add(topic + " is not labelled for cluster " + cluster);
            }
            if ((Integer) spec.get("partitions") < 3) {
                problems.add(topic + " has fewer than 3 partitions");
            }
            if (!Integer.valueOf(3).equals(spec.get("replicas"))) {
                problems.add(topic + " is not replicated 3 times");
            }
            if (!Integer.valueOf(2).equals(map(spec.get("config")).get("min.insync.replicas"))) {
                problems.add(topic + " does not set min.insync.replicas 2");
            }
        }
        assertThat(problems).as("topics in overlay %s (deploy/kubernetes/base/kafka/topics.yaml)", overlay).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("vn.laocai.gate.deploy.Overlays#names")
    void everyApplicationsUserMayReadWhatItConsumesAndWriteWhatItProduces(String overlay) {
        Workloads w = Overlays.render(overlay);
        List<String> problems = new ArrayList<>();
        for (ServiceModule app : ServiceModule.all()) {
            if (!app.usesKafka() || w.find("Deployment", app.name()).isEmpty()) {
                continue;
            }
            Map<String, Object> user = w.find("KafkaUser", app.name()).orElse(null);
            if (user == null) {
                problems.add(app + " has no KafkaUser");
                continue;
            }
            List<Map<String, Object>> acls = maps(map(Workloads.spec(user).get("authorization")).get("acls"));
            app.consumedTopics().forEach(t -> require(problems, app, acls, "topic", t, "Read"));
            app.consumerGroups().forEach(g -> require(problems, app, acls, "group", g, "Read"));
            app.producedTopics().forEach(t -> require(problems, app, acls, "topic", t, "Write"));
        }
        assertThat(problems).as("ACLs in overlay %s (deploy/kubernetes/base/kafka/users.yaml)", overlay).isEmpty();
    }

    private static void require(List<String> problems, ServiceModule app, List<Map<String, Object>> acls,
                                String type, String name, String operation) {
        boolean allowed = acls.stream().anyMatch(acl -> {
            Map<String, Object> resource = map(acl.get("resource"));
            boolean prefix = "prefix".equals(resource.get("patternType"));
            String pattern = String.valueOf(resource.get("name"));
            return type.equals(resource.get("type"))
                    && (prefix ? name.startsWith(pattern) : name.equals(pattern) || pattern.equals("*"))
                    && strings(acl.get("operations")).stream().anyMatch(op -> op.equals(operation) || op.equals("All"));
        });
        if (!allowed) {
            problems.add(app + " may not " + operation + " " + type + " " + name);
        }
    }

    private static Map<String, Object> labels(Map<String, Object> resource) {
        return map(map(resource.get("metadata")).get("labels"));
    }
}
