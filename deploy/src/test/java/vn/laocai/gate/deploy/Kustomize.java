package vn.laocai.gate.deploy;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the features the manifests of
 * this repository use: {@code resources} (files and directories), {@code components},
 * {@code namespace}, {@code images}, {@code patches} (strategic merge or JSON 6902, by path or
 * inline, with a target of kind, name and label selector), and {@code configMapGenerator} /
 * {@code secretGenerator} without name hashes. Anything else is refused, so that a manifest can
 * never use a feature the checks silently ignore.
 */
final class Kustomize {

    private static final Set<String> KNOWN_FIELDS = Set.of("apiVersion", "kind", "resources", "components",
            "namespace", "images", "patches", "configMapGenerator", "secretGenerator", "generatorOptions");
    /** Kinds that live outside namespaces; the namespace transformer leaves them alone. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "StorageClass", "PriorityClass", "ClusterIssuer");

    private Kustomize() {
    }

    /** The resources a kustomization directory renders to, in order. */
    static List<Map<String, Object>> render(Path directory) {
        return build(directory.toAbsolutePath().normalize(), new ArrayList<>(), "Kustomization");
    }

    private static List<Map<String, Object>> build(Path dir, List<Map<String, Object>> inherited, String expectedKind) {
        Map<String, Object> k = Yaml2.map(Yaml2.loadOne(kustomizationFile(dir)));
        for (String field : k.keySet()) {
            if (!KNOWN_FIELDS.contains(field)) {
                throw new IllegalStateException(dir + "/kustomization.yaml uses '" + field
                        + "', which the checks' renderer does not understand; extend Kustomize or avoid it");
            }
        }
        if (!expectedKind.equals(k.getOrDefault("kind", "Kustomization"))) {
            throw new IllegalStateException(dir + " is a " + k.get("kind") + ", expected a " + expectedKind);
        }
        List<Map<String, Object>> out = new ArrayList<>(inherited);
        for (String ref : Yaml2.strings(k.get("resources"))) {
            Path p = dir.resolve(ref).normalize();
            if (Files.isDirectory(p)) {
                out.addAll(build(p, List.of(), "Kustomization"));
            } else {
                out.addAll(Yaml2.loadMaps(p));
            }
        }
        boolean noHash = Yaml2.map(k.get("generatorOptions")).get("disableNameSuffixHash") == Boolean.TRUE;
        for (Object gen : Yaml2.list(k.get("configMapGenerator"))) {
            out.add(generate(dir, Yaml2.map(gen), "ConfigMap", noHash));
        }
        for (Object gen : Yaml2.list(k.get("secretGenerator"))) {
            out.add(generate(dir, Yaml2.map(gen), "Secret", noHash));
        }
        for (String ref : Yaml2.strings(k.get("components"))) {
            out = build(dir.resolve(ref).normalize(), out, "Component");
        }
        for (Object patch : Yaml2.list(k.get("patches"))) {
            applyPatch(dir, Yaml2.map(patch), out);
        }
        Object namespace = k.get("namespace");
        if (namespace != null) {
            out.stream().filter(r -> !CLUSTER_SCOPED.contains(r.get("kind")))
                    .forEach(r -> metadata(r).put("namespace", namespace));
        }
        for (Object image : Yaml2.list(k.get("images"))) {
            setImage(Yaml2.map(image), out);
        }
        return out;
    }

    private static Path kustomizationFile(Path dir) {
        return Stream.of("kustomization.yaml", "kustomization.yml", "Kustomization")
                .map(dir::resolve).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("No kustomization in " + dir));
    }

    private static Map<String, Object> generate(Path dir, Map<String, Object> gen, String kind, boolean noHash) {
        if (!noHash) {
            throw new IllegalStateException(dir + ": generators need generatorOptions.disableNameSuffixHash: true "
                    + "(the checks' renderer does not compute name hashes)");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        for (String file : Yaml2.strings(gen.get("files"))) {
            String key = file.contains("=") ? file.substring(0, file.indexOf('=')) : Path.of(file).getFileName().toString();
            String source = file.contains("=") ? file.substring(file.indexOf('=') + 1) : file;
            data.put(key, read(dir.resolve(source)));
        }
        for (String literal : Yaml2.strings(gen.get("literals"))) {
            data.put(literal.substring(0, literal.indexOf('=')), literal.substring(literal.indexOf('=') + 1));
        }
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("apiVersion", "v1");
        resource.put("kind", kind);
        resource.put("metadata", new LinkedHashMap<>(Map.of("name", gen.get("name"))));
        // A generated Secret carries base64 data; the checks only look at its keys, so stringData is enough.
        resource.put(kind.equals("Secret") ? "stringData" : "data", data);
        return resource;
    }

    private static void applyPatch(Path dir, Map<String, Object> spec, List<Map<String, Object>> resources) {
        String text = spec.containsKey("path") ? read(dir.resolve((String) spec.get("path"))) : (String) spec.get("patch");
        List<Object> docs = Yaml2.loadAll(text);
        Map<String, Object> target = Yaml2.map(spec.get("target"));
        if (docs.size() == 1 && docs.get(0) instanceof List<?> ops) {
            List<Map<String, Object>> matched = resources.stream().filter(r -> matches(r, target)).toList();
            if (matched.isEmpty()) {
                throw new IllegalStateException(dir + ": patch target " + target + " matches no resource");
            }
            matched.forEach(r -> JsonPatch.apply(r, Yaml2.maps(ops)));
            return;
        }
        for (Object doc : docs) {
            Map<String, Object> patch = Yaml2.map(doc);
            Map<String, Object> sel = new LinkedHashMap<>(target);
            sel.putIfAbsent("kind", patch.get("kind"));
            sel.putIfAbsent("name", metadata(patch).get("name"));
            List<Map<String, Object>> matched = resources.stream().filter(r -> matches(r, sel)).toList();
            if (matched.isEmpty()) {
                throw new IllegalStateException(dir + ": strategic merge patch of " + sel + " matches no resource");
            }
            matched.forEach(r -> StrategicMerge.merge(r, patch, isBuiltIn(r)));
        }
    }

    /** Built-in kinds merge named lists (containers, env, ...); custom resources replace lists, as JSON merge patch. */
    private static boolean isBuiltIn(Map<String, Object> resource) {
        String apiVersion = String.valueOf(resource.get("apiVersion"));
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        return !group.contains(".") || group.endsWith(".k8s.io");
    }

    private static boolean matches(Map<String, Object> resource, Map<String, Object> target) {
        if (target.containsKey("kind") && !target.get("kind").equals(resource.get("kind"))) {
            return false;
        }
        if (target.containsKey("name") && !target.get("name").equals(metadata(resource).get("name"))) {
            return false;
        }
        Object selector = target.get("labelSelector");
        if (selector != null) {
            Map<String, Object> labels = Yaml2.map(metadata(resource).get("labels"));
            for (String term : selector.toString().split(",")) {
                String[] kv = term.trim().split("=", 2);
                if (!kv[1].equals(labels.get(kv[0]))) {
                    return false;
                }
            }
        }
        for (String key : target.keySet()) {
            if (!Set.of("kind", "name", "labelSelector").contains(key)) {
                throw new IllegalStateException("Patch target field '" + key + "' is not understood by the checks' renderer");
            }
        }
        return true;
    }

    private static void setImage(Map<String, Object> image, List<Map<String, Object>> resources) {
        String name = (String) image.get("name");
        for (Map<String, Object> r : resources) {
            for (Map<String, Object> c : Workloads.containers(r)) {
                String current = (String) c.get("image");
                String repository = current.contains(":") ? current.substring(0, current.lastIndexOf(':')) : current;
                if (repository.equals(name)) {
                    String tag = image.containsKey("newTag") ? String.valueOf(image.get("newTag"))
                            : current.contains(":") ? current.substring(current.lastIndexOf(':') + 1) : "latest";
                    c.put("image", image.getOrDefault("newName", name) + ":" + tag);
                }
            }
        }
    }

    static Map<String, Object> metadata(Map<String, Object> resource) {
        return Yaml2.map(resource.computeIfAbsent("metadata", m -> new LinkedHashMap<>()));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SnakeYAML with safe construction, and the casts the renderer and the checks need. */
    static final class Yaml2 {

        private Yaml2() {
        }

        private static Yaml yaml() {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(10 * 1024 * 1024);
            return new Yaml(new SafeConstructor(options));
        }

        static Object loadOne(Path file) {
            return yaml().load(read(file));
        }

        static List<Object> loadAll(String text) {
            List<Object> docs = new ArrayList<>();
            yaml().loadAll(text).forEach(d -> {
                if (d != null) {
                    docs.add(d);
                }
            });
            return docs;
        }

        static List<Map<String, Object>> loadMaps(Path file) {
            return maps(loadAll(read(file)));
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> map(Object o) {
            return o == null ? new LinkedHashMap<>() : (Map<String, Object>) o;
        }

        @SuppressWarnings("unchecked")
        static List<Object> list(Object o) {
            return o == null ? new ArrayList<>() : (List<Object>) o;
        }

        static List<Map<String, Object>> maps(Object o) {
            return list(o).stream().map(Yaml2::map).toList();
        }

        /** A deep copy, so that a patch value applied to several resources is not shared between them. */
        static Object copy(Object o) {
            if (o instanceof Map<?, ?> m) {
                Map<String, Object> c = new LinkedHashMap<>();
                m.forEach((k, v) -> c.put(String.valueOf(k), copy(v)));
                return c;
            }
            if (o instanceof List<?> l) {
                return new ArrayList<>(l.stream().map(Yaml2::copy).toList());
            }
            return o;
        }

        static Map<String, Object> copy(Map<String, Object> m) {
            return map(copy((Object) m));
        }

        static List<String> strings(Object o) {
            return list(o).stream().map(String::valueOf).toList();
        }
    }
}
