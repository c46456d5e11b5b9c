package vn.laocai.gate.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The kustomize overlays of deploy/kubernetes, rendered once per test run, and the applications they deploy. */
final class Overlays {

    static final Path KUBERNETES = ServiceModule.REPO.resolve("deploy/kubernetes");
    /** Applications an overlay may leave out: the simulator stands in for the agency systems only in trials. */
    static final List<String> OPTIONAL_APPS = List.of("agency-simulator");

    private static final Map<Path, Workloads> RENDERED = new ConcurrentHashMap<>();

    private Overlays() {
    }

    static List<Path> all() {
        try (Stream<Path> dirs = Files.list(KUBERNETES.resolve("overlays"))) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Workloads render(Path overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> new Workloads(Kustomize.render(o)));
    }

    /** Overlay and application pairs: every application the overlay deploys. */
    static Stream<org.junit.jupiter.params.provider.Arguments> deployedApps() {
        return all().stream().flatMap(o -> ServiceModule.all().stream()
                .filter(app -> render(o).find("Deployment", app.name()).isPresent())
                .map(app -> org.junit.jupiter.params.provider.Arguments.of(o.getFileName().toString(), app.name())));
    }

    static Stream<String> names() {
        return all().stream().map(o -> o.getFileName().toString());
    }

    static Workloads render(String overlay) {
        return render(KUBERNETES.resolve("overlays").resolve(overlay));
    }

    /** The single container of an application's Deployment (named after the application). */
    static Map<String, Object> container(Workloads w, String app) {
        Optional<Map<String, Object>> container = Workloads.containers(w.get("Deployment", app)).stream()
                .filter(c -> app.equals(c.get("name"))).findFirst();
        return container.orElseThrow(() -> new AssertionError("Deployment " + app + " has no container named " + app));
    }
}
