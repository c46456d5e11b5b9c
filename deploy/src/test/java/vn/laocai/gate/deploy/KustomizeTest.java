package vn.laocai.gate.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.laocai.gate.deploy.Kustomize.Yaml2.map;
import static vn.laocai.gate.deploy.Kustomize.Yaml2.maps;

/** The checks' renderer resolves overlays as kustomize does, and refuses what it does not understand. */
class KustomizeTest {

    @TempDir
    Path dir;

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: app
              labels:
                tier: web
            spec:
              replicas: 1
              template:
                spec:
                  containers:
                    - name: app
                      image: example/app:1
                      args: [a, b]
                      env:
                        - name: A
                          value: "1"
                    - name: sidecar
                      image: example/sidecar:1
            """;

    @Test
    void appliesStrategicMergeAndJsonPatchesNamespaceAndImages() throws IOException {
        write("base/deployment.yaml", DEPLOYMENT);
        write("base/kustomization.yaml", "resources: [deployment.yaml]\n");
        write("overlay/kustomization.yaml", """
                namespace: gate
                resources: [../base]
                images:
                  - name: example/app
                    newName: registry.example/app
                    newTag: "2"
                patches:
                  - path: merge.yaml
                  - target:
                      kind: Deployment
                      labelSelector: tier=web
                    patch: |-
                      - op: add
                        path: /spec/template/spec/containers/1/args
                        value: [x]
                      - op: replace
                        path: /spec/replicas
                        value: 3
                """);
        write("overlay/merge.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: app
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          args: [c]
                          env:
                            - name: B
                              value: "2"
                """);

        Map<String, Object> d = Kustomize.render(dir.resolve("overlay")).get(0);

        assertThat(map(d.get("metadata"))).containsEntry("namespace", "gate");
        assertThat(Workloads.spec(d)).containsEntry("replicas", 3);
        List<Map<String, Object>> containers = Workloads.containers(d);
        assertThat(containers.get(0)).containsEntry("image", "registry.example/app:2").containsEntry("args", List.of("c"));
        assertThat(maps(containers.get(0).get("env"))).extracting(e -> e.get("name")).containsExactly("A", "B");
        assertThat(containers.get(1)).containsEntry("image", "example/sidecar:1").containsEntry("args", List.of("x"));
    }

    @Test
    void refusesWhatItDoesNotUnderstand() throws IOException {
        write("k/deployment.yaml", DEPLOYMENT);
        write("k/kustomization.yaml", "resources: [deployment.yaml]\ncommonLabels:\n  a: b\n");
        assertThatThrownBy(() -> Kustomize.render(dir.resolve("k"))).hasMessageContaining("commonLabels");

        write("k/kustomization.yaml", "resources: [deployment.yaml]\npatches:\n  - target: {kind: Service}\n"
                + "    patch: '[{\"op\": \"remove\", \"path\": \"/spec\"}]'\n");
        assertThatThrownBy(() -> Kustomize.render(dir.resolve("k"))).hasMessageContaining("matches no resource");

        write("k/kustomization.yaml", "resources: [deployment.yaml]\nconfigMapGenerator:\n  - name: c\n"
                + "    literals: [A=1]\n");
        assertThatThrownBy(() -> Kustomize.render(dir.resolve("k"))).hasMessageContaining("disableNameSuffixHash");
    }

    /** Where kubectl is installed, the renderer's output equals {@code kubectl kustomize}'s, resource by resource. */
    @ParameterizedTest
    @MethodSource("vn.laocai.gate.deploy.Overlays#all")
    void rendersAsKubectlKustomizeDoes(Path overlay) throws Exception {
        assumeTrue(kubectlAvailable(), "no kubectl with kustomize 5: compared with the real kustomize only where there is");
        Process p = new ProcessBuilder("kubectl", "kustomize", overlay.toString()).redirectErrorStream(false).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();

        Map<String, Object> expected = byKindAndName(Kustomize.Yaml2.maps(Kustomize.Yaml2.loadAll(output)));
        Map<String, Object> actual = byKindAndName(Kustomize.render(overlay));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((key, resource) -> assertThat(actual.get(key)).as(key).isEqualTo(resource));
    }

    private static Map<String, Object> byKindAndName(List<Map<String, Object>> resources) {
        Map<String, Object> byKey = new TreeMap<>();
        for (Map<String, Object> r : resources) {
            Map<String, Object> copy = Kustomize.Yaml2.copy(r);
            if ("Secret".equals(copy.get("kind")) && copy.containsKey("data")) {
                Map<String, Object> plain = new TreeMap<>(map(copy.remove("data")));
                plain.replaceAll((k, v) -> new String(Base64.getDecoder().decode(v.toString()), StandardCharsets.UTF_8));
                map(copy.computeIfAbsent("stringData", s -> new TreeMap<>())).putAll(plain);
            }
            byKey.put(copy.get("kind") + "/" + Workloads.name(copy), copy);
        }
        return byKey;
    }

    /** A kubectl whose kustomize (5 or later) knows components and label-selected patches. */
    private static boolean kubectlAvailable() {
        try {
            Process p = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            java.util.regex.Matcher kustomize = java.util.regex.Pattern.compile("Kustomize Version: v(\\d+)").matcher(version);
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0
                    && kustomize.find() && Integer.parseInt(kustomize.group(1)) >= 5;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
