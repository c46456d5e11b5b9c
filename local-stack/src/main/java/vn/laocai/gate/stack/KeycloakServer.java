package vn.laocai.gate.stack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak, the local OpenID provider: the distribution from Maven Central ({@code keycloak-quarkus-dist}, a
 * zip the build resolves) unpacked once, started in dev mode on loopback with an in-memory database, and the
 * realm {@code kim-thanh} imported at each start from {@link KeycloakRealmImport}. {@link #close()} stops it. Its pid is
 * recorded ({@link LeftoverProcess}, {@code keycloak.pid} in the platform's home), so that a Keycloak left running
 * by a launcher killed with {@code kill -9} is stopped by {@code ./gate down} or before the next start.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KeycloakServer.class);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    /** Written by the build: where Maven left the distribution's zip. */
    static final String DISTRIBUTION_RESOURCE = "/keycloak-distribution.properties";
    private static final Duration FIRST_START = Duration.ofMinutes(5);

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final Process process;
    private final String baseUrl;
    private final LeftoverProcess record;

    private KeycloakServer(Process process, String baseUrl, LeftoverProcess record) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.record = record;
    }

    /**
     * Stops a Keycloak of {@code distributions} recorded in {@code pidFile} that an earlier launcher left running
     * (killed before it could stop it); the pids stopped.
     */
    public static List<Long> stopLeftover(Path pidFile, Path distributions) {
        List<Long> stopped = LeftoverProcess.keycloak(pidFile, distributions).stopLeftover(STOP_GRACE);
        if (!stopped.isEmpty()) {
            LOG.warn("Stopped a Keycloak left running by an earlier launcher (pid {})", stopped);
        }
        return stopped;
    }

    /** What a start needs; the secret and the console's URL fill the shared realm's placeholders. */
    public record Settings(Path distributions, String bindHost, int port, int managementPort, String realmJson,
                           String consoleUrl, String consoleClientSecret, Map<String, String> clientSecrets,
                           Path logFile, Path pidFile, Duration readyTimeout) {
    }

    /** Where a platform with home {@code home} records the pid of its Keycloak. */
    public static Path pidFile(Path home) {
        return home.resolve("keycloak.pid");
    }

    /** The realm's URL, the issuer its tokens name. */
    public static String realmUrl(String host, int port) {
        return "http://" + host + ":" + port + "/realms/" + KeycloakRealmImport.REALM;
    }

    /**
     * Keycloak for a platform: on its loopback ports, the realm with the platform's demo users and signing
     * key, the console's URL and secret and the agency systems' client secrets filled in.
     */
    static KeycloakServer forPlatform(PlatformConfig config, vn.laocai.gate.infra.DevIdentity identity, DevUsers users,
                                      String consoleClientSecret, AgencyClients agencyClients) {
        String realm = KeycloakRealmImport.of(config.repoRoot().resolve(KeycloakRealmImport.SHARED_REALM), users,
                identity.signingKeyPath());
        return start(new Settings(config.keycloakDistributions(), config.bindHost(), config.keycloakPort(),
                config.keycloakManagementPort(), realm, "http://127.0.0.1:" + config.appPort(Apps.WEB_CONSOLE),
                consoleClientSecret, keycloakVariables(agencyClients), config.logsDirectory().resolve("keycloak.log"),
                pidFile(config.home()),
                // the first start builds Keycloak for its options (about a minute, more on a busy machine)
                config.readyTimeout().compareTo(FIRST_START) > 0 ? config.readyTimeout() : FIRST_START));
    }

    /** The agency clients' secrets by the variables the realm file names them with ({@code ${VNACCS_CLIENT_SECRET}}). */
    static Map<String, String> keycloakVariables(AgencyClients clients) {
        Map<String, String> env = new java.util.TreeMap<>();
        clients.secrets().forEach((id, secret) -> env.put(AgencyClients.keycloakVariable(id), secret));
        return env;
    }

    public static KeycloakServer start(Settings s) {
        stopLeftover(s.pidFile(), s.distributions());
        Path home = unpacked(s.distributions());
        try {
            Path importFolder = home.resolve("data").resolve("import");
            Files.createDirectories(importFolder);
            Files.writeString(importFolder.resolve(KeycloakRealmImport.REALM + "-realm.json"), s.realmJson(), StandardCharsets.UTF_8);
            Files.createDirectories(s.logFile().getParent());
            Files.writeString(s.logFile(), System.lineSeparator() + "===== keycloak starting at " + OffsetDateTime.now()
                    + " =====" + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            String url = "http://" + s.bindHost() + ":" + s.port();
            ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                    "--http-host=" + s.bindHost(), "--http-port=" + s.port(), "--http-management-port=" + s.managementPort(),
                    "--hostname=" + url, "--db=dev-mem", "--import-realm", "--cache=local"))
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(s.logFile().toFile()));
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            env.put("WEB_CONSOLE_URL", s.consoleUrl());
            env.put("WEB_CONSOLE_CLIENT_SECRET", s.consoleClientSecret());
            env.putAll(s.clientSecrets());
            LOG.info("Starting Keycloak on port {}", s.port());
            Process process = builder.start();
            LeftoverProcess record = LeftoverProcess.keycloak(s.pidFile(), s.distributions());
            record.record(process.toHandle());
            process.getOutputStream().close();
            KeycloakServer server = new KeycloakServer(process, url, record);
            try {
                server.awaitReady(s.readyTimeout(), s.logFile());
                // the script's program too, now that it runs
                record.record(process.toHandle());
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Keycloak from " + home, e);
        }
    }

    private void awaitReady(Duration timeout, Path logFile) {
        long t0 = System.nanoTime();
        long deadline = t0 + timeout.toNanos();
        URI discovery = URI.create(realmUrl() + "/.well-known/openid-configuration");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue() + "; see " + logFile);
            }
            try {
                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    LOG.info("Keycloak ready in {} s", Duration.ofNanos(System.nanoTime() - t0).toMillis() / 1000.0);
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while Keycloak started", e);
            }
            sleep(500);
        }
        throw new IllegalStateException("Keycloak was not ready after " + timeout.toSeconds() + " s; see " + logFile);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String realmUrl() {
        return baseUrl + "/realms/" + KeycloakRealmImport.REALM;
    }

    /** The folder of the unpacked distribution under {@code distributions}, unpacked from the zip the first time. */
    static Path unpacked(Path distributions) {
        Path zip = distributionZip();
        String name = zip.getFileName().toString().replaceFirst("\\.zip$", "").replace("keycloak-quarkus-dist", "keycloak");
        Path home = distributions.resolve(name);
        if (Files.isExecutable(home.resolve("bin").resolve("kc.sh"))) {
            return home;
        }
        LOG.info("Unpacking {} into {} (once)", zip.getFileName(), distributions);
        try {
            Files.createDirectories(distributions);
            Path tmp = Files.createTempDirectory(distributions, "unpacking");
            Path top = null;
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    Path target = tmp.resolve(e.getName()).normalize();
                    if (!target.startsWith(tmp)) {
                        throw new IOException("Entry outside the folder: " + e.getName());
                    }
                    if (top == null) {
                        top = tmp.resolve(tmp.relativize(target).getName(0));
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        if (target.toString().endsWith(".sh")) {
                            target.toFile().setExecutable(true);
                        }
                    }
                }
            }
            if (top == null || !Files.isRegularFile(top.resolve("bin").resolve("kc.sh"))) {
                throw new IOException(zip + " holds no bin/kc.sh");
            }
            Files.move(top, home, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(tmp);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + zip + " into " + distributions, e);
        }
    }

    /** {@code GATE_KEYCLOAK_ZIP} when set, else the zip the build resolved into the local Maven repository. */
    static Path distributionZip() {
        String given = System.getenv("GATE_KEYCLOAK_ZIP");
        Path zip;
        if (given != null && !given.isBlank()) {
            zip = Path.of(given);
        } else {
            Properties p = new Properties();
            try (InputStream in = KeycloakServer.class.getResourceAsStream(DISTRIBUTION_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing " + DISTRIBUTION_RESOURCE + ": build local-stack with Maven");
                }
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            zip = Path.of(p.getProperty("zip"));
        }
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("The Keycloak distribution " + zip + " is missing: ./mvnw -pl local-stack -am package"
                    + " resolves it (or set GATE_KEYCLOAK_ZIP)");
        }
        return zip;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM to Keycloak and what it started, SIGKILL after 20 s. */
    @Override
    public void close() {
        List<ProcessHandle> all = new java.util.ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        try {
            for (ProcessHandle h : all) {
                try {
                    h.onExit().get(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    h.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            all.forEach(ProcessHandle::destroyForcibly);
        } catch (java.util.concurrent.ExecutionException e) {
            all.forEach(ProcessHandle::destroyForcibly);
        }
        record.forget();
    }
}
