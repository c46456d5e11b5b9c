package vn.laocai.gate.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laocai.gate.deploy.Kustomize.Yaml2.map;
import static vn.laocai.gate.deploy.Kustomize.Yaml2.maps;

/**
 * HTTPS end to end of the public side: every host an Ingress routes has a TLS certificate and plain HTTP is redirected,
 * and the ingress controller (where TLS ends) sends Strict-Transport-Security for a year, subdomains included.
 */
class TransportSecurityTest {

    @ParameterizedTest
    @MethodSource("vn.laocai.gate.deploy.Overlays#names")
    void everyIngressHostIsHttpsOnly(String overlay) {
        for (Map<String, Object> ingress : Overlays.render(overlay).ofKind("Ingress")) {
            Map<String, Object> annotations = map(map(ingress.get("metadata")).get("annotations"));
            assertThat(annotations).as(Workloads.name(ingress)).containsEntry("nginx.ingress.kubernetes.io/force-ssl-redirect", "true");
            Set<Object> secured = new LinkedHashSet<>();
            maps(Workloads.spec(ingress).get("tls")).forEach(tls -> secured.addAll(Kustomize.Yaml2.list(tls.get("hosts"))));
            for (Map<String, Object> rule : maps(Workloads.spec(ingress).get("rules"))) {
                assertThat(secured).as("a certificate for %s in %s", rule.get("host"), overlay).contains(rule.get("host"));
            }
        }
    }

    @Test
    void theIngressControllerSendsStrictTransportSecurity() {
        Map<String, Object> controller = map(Kustomize.Yaml2.loadOne(Overlays.KUBERNETES.resolve("cluster/ingress-nginx-controller.yaml")));
        Map<String, Object> data = map(controller.get("data"));

        assertThat(controller.get("kind")).isEqualTo("ConfigMap");
        assertThat(data).containsEntry("hsts", "true").containsEntry("hsts-include-subdomains", "true");
        assertThat(Long.parseLong(String.valueOf(data.get("hsts-max-age")))).as("a year at least").isGreaterThanOrEqualTo(31_536_000L);
    }
}
