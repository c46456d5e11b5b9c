package vn.laocai.gate.stack;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One application of the platform as the launcher sees it: its Maven module, its default HTTP
 * port, its database (if any), its start stage and the environment it needs beyond the common one.
 *
 * @param name        the application name, used in logs, URLs and {@code GATE_APPS}
 * @param module      the Maven module whose {@code target/quarkus-app/quarkus-run.jar} is started
 * @param defaultPort the HTTP port when the configuration names none
 * @param database    the database the application owns, or {@code null}
 * @param stage       applications of a lower stage are ready before the next stage starts
 * @param extraEnv    environment computed from the running platform (other apps' URLs, tokens)
 */
public record AppSpec(String name, String module, int defaultPort, String database, int stage,
                      Function<AppWiring, Map<String, String>> extraEnv) {

    public AppSpec {
        if (database != null && !database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
    }

    public Optional<String> databaseName() {
        return Optional.ofNullable(database);
    }

    /** Where {@code ./mvnw package} leaves the runnable application. */
    public Path runJar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }
}
