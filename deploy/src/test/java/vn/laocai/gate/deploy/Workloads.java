package vn.laocai.gate.deploy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.laocai.gate.deploy.Kustomize.Yaml2.map;
import static vn.laocai.gate.deploy.Kustomize.Yaml2.maps;

/** Rendered resources, looked up by kind and name, and the parts of a workload the checks read. */
final class Workloads {

    private final List<Map<String, Object>> resources;

    Workloads(List<Map<String, Object>> resources) {
        this.resources = resources;
    }

    List<Map<String, Object>> all() {
        return resources;
    }

    List<Map<String, Object>> ofKind(String kind) {
        return resources.stream().filter(r -> kind.equals(r.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).stream().filter(r -> name.equals(name(r))).findFirst();
    }

    Map<String, Object> get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("No " + kind + " named " + name));
    }

    static String name(Map<String, Object> resource) {
        return String.valueOf(map(resource.get("metadata")).get("name"));
    }

    static Map<String, Object> spec(Map<String, Object> resource) {
        return map(resource.get("spec"));
    }

    /** The pod template's spec of a Deployment, StatefulSet, DaemonSet or Job; empty for other kinds. */
    static Map<String, Object> podSpec(Map<String, Object> resource) {
        return map(map(spec(resource).get("template")).get("spec"));
    }

    static Map<String, Object> podLabels(Map<String, Object> resource) {
        return map(map(map(spec(resource).get("template")).get("metadata")).get("labels"));
    }

    static List<Map<String, Object>> containers(Map<String, Object> resource) {
        return maps(podSpec(resource).get("containers"));
    }

    /** Whether a label selector ({@code matchLabels} only) selects pods with these labels. */
    static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        Map<String, Object> matchLabels = map(selector.get("matchLabels"));
        if (selector.containsKey("matchExpressions")) {
            throw new AssertionError("matchExpressions are not understood by the checks");
        }
        return matchLabels.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
