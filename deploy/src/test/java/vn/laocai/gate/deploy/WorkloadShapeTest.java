package vn.laocai.gate.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laocai.gate.deploy.Kustomize.Yaml2.map;
import static vn.laocai.gate.deploy.Kustomize.Yaml2.maps;

/**
 * How every workload of an overlay runs: bounded resources, probes, a network policy letting
 * something reach it; and for the platform's services an autoscaler that never adds more consumers
 * than their input topics have partitions, and a disruption budget that still lets a node drain.
 */
class WorkloadShapeTest {

    @ParameterizedTest
    @MethodSource("vn.laocai.gate.deploy.Overlays#names")
    void everyContainerHasRequestsLimitsAndProbes(String overlay) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> d : Overlays.render(overlay).ofKind("Deployment")) {
            for (Map<String, Object> c : Workloads.containers(d)) {
                Map<String, Object> resources = map(c.get("resources"));
                for (String bound : List.of("requests", "limits")) {
                    if (!map(resources.get(bound)).keySet().containsAll(Set.of("cpu", "memory"))) {
                        problems.add(Workloads.name(d) + " has no cpu and memory " + bound);
                    }
                }
                if (!c.containsKey("livenessProbe") || !c.containsKey("readinessProbe")) {
                    problems.add(Workloads.name(d) + " lacks a liveness or readiness probe");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("vn.laocai.gate.deploy.Overlays#names")
    void everyPodIsReachableOnlyThroughANetworkPolicy(String overlay) {
        Workloads w = Overlays.render(overlay);
        List<Map<String, Object>> policies = w.ofKind("NetworkPolicy");
        assertThat(policies).as("a default deny of ingress")
                .anySatisfy(p -> assertThat(map(Workloads.spec(p).get("podSelector"))).isEmpty());
        for (Map<String, Object> d : w.ofKind("Deployment")) {
            assertThat(policies).as("a policy letting traffic into %s", Workloads.name(d)).anySatisfy(p -> {
                assertThat(map(Workloads.spec(p).get("podSelector"))).isNotEmpty();
                assertThat(Workloads.selects(map(Workloads.spec(p).get("podSelector")), Workloads.podLabels(d))).isTrue();
                assertThat(maps(Workloads.spec(p).get("ingress"))).isNotEmpty();
            });
        }
    }

    @ParameterizedTest
    @MethodSource("vn.laocai.gate.deploy.Overlays#names")
    void everyServiceScalesWithinItsPartitionsAndSurvivesADrain(String overlay) {
        Workloads w = Overlays.render(overlay);
        for (ServiceModule app : ServiceModule.all()) {
            if (w.find("Deployment", app.name()).isEmpty() || Overlays.OPTIONAL_APPS.contains(app.name())) {
                continue;
            }
            Map<String, Object> deployment = w.get("Deployment", app.name());
            Map<String, Object> hpa = Workloads.spec(w.get("HorizontalPodAutoscaler", app.name()));
            assertThat(map(hpa.get("scaleTargetRef"))).containsEntry("kind", "Deployment").containsEntry("name", app.name());
            int min = (Integer) hpa.get("minReplicas");
            int max = (Integer) hpa.get("maxReplicas");
            assertThat(min).as("%s runs at least two instances", app).isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(max);
            assertThat((Integer) Workloads.spec(deployment).get("replicas")).isBetween(min, max);
            for (String topic : app.consumedTopics()) {
                int partitions = (Integer) Workloads.spec(w.ofKind("KafkaTopic").stream()
                        .filter(t -> topic.equals(Workloads.name(t))).findFirst().orElseThrow()).get("partitions");
                assertThat(max).as("%s: instances beyond the %d partitions of %s would idle", app, partitions, topic)
                        .isLessThanOrEqualTo(partitions);
            }
            Map<String, Object> pdb = Workloads.spec(w.get("PodDisruptionBudget", app.name()));
            assertThat(Workloads.selects(map(pdb.get("selector")), Workloads.podLabels(deployment))).isTrue();
            assertThat((Integer) pdb.get("minAvailable")).as("%s: a drain may evict one instance", app)
                    .isGreaterThanOrEqualTo(1).isLessThan(min);
        }
    }

    @ParameterizedTest
    @MethodSource("vn.laocai.gate.deploy.Overlays#names")
    void everySecretTheManifestsReadIsWrittenByAnOperatorOrListedInTheTemplates(String overlay) {
        Workloads w = Overlays.render(overlay);
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> d : w.ofKind("Deployment")) {
            for (Map<String, Object> c : Workloads.containers(d)) {
                try {
                    ContainerEnv.of(c, w);
                } catch (AssertionError e) {
                    problems.add(Workloads.name(d) + ": " + e.getMessage());
                }
            }
        }
        for (Map<String, Object> cluster : w.ofKind("Cluster")) {
            Map<String, Object> s3 = map(map(map(Workloads.spec(cluster).get("backup")).get("barmanObjectStore"))
                    .get("s3Credentials"));
            s3.values().stream().map(Kustomize.Yaml2::map).forEach(ref -> {
                if (!ContainerEnv.secretResolves(w, (String) ref.get("name"), (String) ref.get("key"))) {
                    problems.add(Workloads.name(cluster) + " backs up with missing secret " + ref);
                }
            });
        }
        assertThat(problems).isEmpty();
    }
}
