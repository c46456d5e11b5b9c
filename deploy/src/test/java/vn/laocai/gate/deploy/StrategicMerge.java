package vn.laocai.gate.deploy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Strategic merge patch as kustomize applies it: maps merge key by key; lists of built-in kinds that
 * Kubernetes merges by a key (containers and env by name, volume mounts by path, ports by number)
 * merge element by element; other lists, and every list of a custom resource, are replaced.
 */
final class StrategicMerge {

    private StrategicMerge() {
    }

    static void merge(Map<String, Object> target, Map<String, Object> patch, boolean namedLists) {
        for (Map.Entry<String, Object> e : patch.entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            if (key.startsWith("$")) {
                throw new IllegalStateException("Patch directive " + key + " is not understood by the checks' renderer");
            }
            Object current = target.get(key);
            if (value == null) {
                target.remove(key);
            } else if (value instanceof Map<?, ?> && current instanceof Map<?, ?>) {
                merge(Kustomize.Yaml2.map(current), Kustomize.Yaml2.map(value), namedLists);
            } else if (value instanceof List<?> && current instanceof List<?> && namedLists && mergeKey(key, value) != null) {
                mergeList(Kustomize.Yaml2.list(current), Kustomize.Yaml2.list(value), mergeKey(key, value));
            } else {
                target.put(key, Kustomize.Yaml2.copy(value));
            }
        }
    }

    private static void mergeList(List<Object> current, List<Object> patch, String mergeKey) {
        for (Object item : patch) {
            Map<String, Object> element = Kustomize.Yaml2.map(item);
            Map<String, Object> existing = current.stream().map(Kustomize.Yaml2::map)
                    .filter(c -> Objects.equals(c.get(mergeKey), element.get(mergeKey)))
                    .findFirst().orElse(null);
            if (existing == null) {
                current.add(Kustomize.Yaml2.copy(element));
            } else {
                merge(existing, element, true);
            }
        }
    }

    private static String mergeKey(String field, Object list) {
        return switch (field) {
            case "containers", "initContainers", "env", "volumes", "imagePullSecrets" -> "name";
            case "volumeMounts" -> "mountPath";
            case "ports" -> Kustomize.Yaml2.maps(list).stream().anyMatch(p -> p.containsKey("containerPort"))
                    ? "containerPort" : "port";
            default -> null;
        };
    }
}
