package vn.laocai.gate.deploy;

import java.util.Map;

import static vn.laocai.gate.deploy.Kustomize.Yaml2.map;
import static vn.laocai.gate.deploy.Kustomize.Yaml2.maps;

/** The realm an overlay's Keycloak imports at start: the JSON in the ConfigMap mounted on its import folder. */
final class KeycloakRealm {

    static final String IMPORT_FOLDER = "/opt/keycloak/data/import";

    private KeycloakRealm() {
    }

    static Map<String, Object> of(Workloads w) {
        Map<String, Object> deployment = w.get("Deployment", "keycloak");
        Map<String, Object> mount = maps(Overlays.container(w, "keycloak").get("volumeMounts")).stream()
                .filter(m -> IMPORT_FOLDER.equals(m.get("mountPath"))).findFirst()
                .orElseThrow(() -> new AssertionError("Keycloak mounts nothing on " + IMPORT_FOLDER));
        Map<String, Object> volume = maps(Workloads.podSpec(deployment).get("volumes")).stream()
                .filter(v -> mount.get("name").equals(v.get("name"))).findFirst().orElseThrow();
        Map<String, Object> data = map(w.get("ConfigMap", (String) map(volume.get("configMap")).get("name")).get("data"));
        if (data.size() != 1) {
            throw new AssertionError("The realm ConfigMap holds one realm file, not " + data.keySet());
        }
        return map(Kustomize.Yaml2.loadAll(String.valueOf(data.values().iterator().next())).get(0));
    }
}
