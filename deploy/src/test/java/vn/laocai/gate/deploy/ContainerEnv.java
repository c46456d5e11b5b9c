package vn.laocai.gate.deploy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static vn.laocai.gate.deploy.Kustomize.Yaml2.map;
import static vn.laocai.gate.deploy.Kustomize.Yaml2.maps;

/**
 * The environment a container of a rendered overlay starts with: {@code envFrom} ConfigMaps and
 * Secrets, then {@code env} entries (literal, from a ConfigMap key, from a Secret key). Every
 * reference must resolve: to a rendered ConfigMap, to a Secret of the templates operators fill in
 * (deploy/kubernetes/secrets), or to a Secret an operator writes for a rendered resource
 * (CloudNativePG, Strimzi).
 */
final class ContainerEnv {

    /** One variable: its value when the manifests know it, or the Secret key it comes from. */
    record Variable(String name, String value, String secret, String key) {
        Optional<String> literal() {
            return Optional.ofNullable(value);
        }
    }

    private static final Set<String> CNPG_APP_KEYS = Set.of("username", "password", "host", "port", "dbname",
            "uri", "jdbc-uri", "pgpass");

    /** The Secrets operators fill in and apply by hand (deploy/kubernetes/secrets). */
    private static final Workloads TEMPLATES = new Workloads(Kustomize.Yaml2.loadMaps(
            Overlays.KUBERNETES.resolve("secrets/secrets.example.yaml")));

    private ContainerEnv() {
    }

    static Map<String, Variable> of(Map<String, Object> container, Workloads w) {
        Map<String, Variable> env = new LinkedHashMap<>();
        for (Map<String, Object> from : maps(container.get("envFrom"))) {
            if (from.containsKey("configMapRef")) {
                String name = (String) map(from.get("configMapRef")).get("name");
                map(w.get("ConfigMap", name).get("data"))
                        .forEach((k, v) -> env.put(k, new Variable(k, String.valueOf(v), null, null)));
            } else {
                String name = (String) map(from.get("secretRef")).get("name");
                secretKeys(w.get("Secret", name)).forEach(k -> env.put(k, new Variable(k, null, name, k)));
            }
        }
        for (Map<String, Object> e : maps(container.get("env"))) {
            String name = (String) e.get("name");
            Map<String, Object> from = map(e.get("valueFrom"));
            if (e.containsKey("value")) {
                env.put(name, new Variable(name, String.valueOf(e.get("value")), null, null));
            } else if (from.containsKey("configMapKeyRef")) {
                Map<String, Object> ref = map(from.get("configMapKeyRef"));
                Object value = map(w.get("ConfigMap", (String) ref.get("name")).get("data")).get(ref.get("key"));
                if (value == null) {
                    throw new AssertionError(name + ": ConfigMap " + ref.get("name") + " has no key " + ref.get("key"));
                }
                env.put(name, new Variable(name, String.valueOf(value), null, null));
            } else if (from.containsKey("secretKeyRef")) {
                Map<String, Object> ref = map(from.get("secretKeyRef"));
                String secret = (String) ref.get("name");
                String key = (String) ref.get("key");
                if (!secretResolves(w, secret, key)) {
                    throw new AssertionError(name + ": no Secret " + secret + " with key " + key
                            + " is rendered or written by an operator for a rendered resource");
                }
                env.put(name, new Variable(name, null, secret, key));
            } else {
                throw new AssertionError(name + ": a value source the checks do not understand: " + e);
            }
        }
        return env;
    }

    /** Whether the overlay renders the Secret with that key, or an operator writes it for a rendered resource. */
    static boolean secretResolves(Workloads w, String secret, String key) {
        Optional<Map<String, Object>> rendered = w.find("Secret", secret).or(() -> TEMPLATES.find("Secret", secret));
        if (rendered.isPresent()) {
            return secretKeys(rendered.get()).contains(key);
        }
        if (secret.endsWith("-app") && w.find("Cluster", secret.substring(0, secret.length() - 4)).isPresent()) {
            return CNPG_APP_KEYS.contains(key);
        }
        if (secret.endsWith("-cluster-ca-cert")
                && w.find("Kafka", secret.substring(0, secret.length() - "-cluster-ca-cert".length())).isPresent()) {
            return key.equals("ca.crt");
        }
        return w.find("KafkaUser", secret)
                .filter(u -> "scram-sha-512".equals(map(Workloads.spec(u).get("authentication")).get("type")))
                .map(u -> key.equals("password") || key.equals("sasl.jaas.config"))
                .orElse(false);
    }

    static Set<String> secretKeys(Map<String, Object> secret) {
        Set<String> keys = new java.util.TreeSet<>(map(secret.get("data")).keySet());
        keys.addAll(map(secret.get("stringData")).keySet());
        return keys;
    }
}
