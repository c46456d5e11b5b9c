package vn.laocai.gate.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A real Kafka cluster of several KRaft nodes, each a controller and a broker (combined mode), each in a
 * process of its own (the same jars as this JVM's, main class {@code kafka.Kafka}), so that one can be
 * killed ({@code SIGKILL}) as a machine failure would, and started again on its log. Topics and internal
 * topics have one replica on each node and {@code min.insync.replicas=2}: as the deployment's Strimzi
 * cluster, a write acknowledged by all in-sync replicas survives the loss of any one node.
 */
public final class EmbeddedKafkaCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaCluster.class);
    private static final Duration START_WITHIN = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    /** The ports of one node: clients, and the controllers' quorum. */
    public record NodePorts(int port, int controllerPort) {
    }

    private final Path directory;
    private final List<NodePorts> ports;
    private final String clusterId;
    private final String voters;
    private final Process[] processes;

    private EmbeddedKafkaCluster(Path directory, List<NodePorts> ports, String clusterId) {
        this.directory = directory;
        this.ports = List.copyOf(ports);
        this.clusterId = clusterId;
        this.voters = IntStream.range(0, ports.size())
                .mapToObj(i -> (i + 1) + "@127.0.0.1:" + ports.get(i).controllerPort())
                .collect(Collectors.joining(","));
        this.processes = new Process[ports.size()];
    }

    /**
     * Starts one node on each of {@code ports} (node ids 1, 2, ...), each with its log under
     * {@code directory/node-<id>} (formatted once, then kept), and returns once every node is a broker of
     * the cluster.
     */
    public static EmbeddedKafkaCluster start(Path directory, List<NodePorts> ports) {
        if (ports.size() < 3) {
            throw new IllegalArgumentException("A cluster with min.insync.replicas=2 that survives the loss of a node needs 3 nodes or more");
        }
        try {
            Files.createDirectories(directory);
            Path idFile = directory.resolve("cluster.id");
            if (!Files.exists(idFile)) {
                Files.writeString(idFile, Uuid.randomUuid().toString());
            }
            EmbeddedKafkaCluster cluster = new EmbeddedKafkaCluster(directory, ports, Files.readString(idFile).trim());
            try {
                // a node's broker waits for the controllers' quorum: all start at once
                CompletableFuture.allOf(IntStream.rangeClosed(1, ports.size())
                        .mapToObj(id -> CompletableFuture.runAsync(() -> cluster.launch(id)))
                        .toArray(CompletableFuture[]::new)).join();
                cluster.awaitBrokers(ports.size(), START_WITHIN);
            } catch (RuntimeException e) {
                cluster.close();
                throw e;
            }
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka cluster did not start in " + directory, e);
        }
    }

    /** Every node's client address, {@code 127.0.0.1:<port>,...}. */
    public String bootstrapServers() {
        return ports.stream().map(p -> "127.0.0.1:" + p.port()).collect(Collectors.joining(","));
    }

    /** How many nodes the cluster has (running or not). */
    public int size() {
        return ports.size();
    }

    /** Whether node {@code id} (1-based) runs. */
    public synchronized boolean running(int id) {
        Process p = processes[id - 1];
        return p != null && p.isAlive();
    }

    /** The id of the node that leads the controllers' quorum now (the active controller). */
    public int quorumLeader() {
        try (Admin admin = admin()) {
            return admin.describeMetadataQuorum().quorumInfo().get(30, TimeUnit.SECONDS).leaderId();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The Kafka cluster at " + bootstrapServers() + " names no quorum leader", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Kills node {@code id} (1-based) at once ({@code SIGKILL}): no controlled shutdown, its log as the crash left it. */
    public void kill(int id) {
        Process p;
        synchronized (this) {
            p = processes[id - 1];
            processes[id - 1] = null;
        }
        if (p != null) {
            LOG.info("Killing Kafka node {} (pid {})", id, p.pid());
            p.destroyForcibly();
            waitFor(p, STOP_GRACE);
        }
    }

    /** Stops node {@code id} (1-based) as it stops normally ({@code SIGTERM}: controlled shutdown), then kills it after 30 s. */
    public void stop(int id) {
        Process p;
        synchronized (this) {
            p = processes[id - 1];
            processes[id - 1] = null;
        }
        stopProcess(id, p);
    }

    /** Starts node {@code id} (1-based) again on its log, if it does not run, and waits until it is a broker of the cluster again. */
    public void start(int id) {
        if (running(id)) {
            return;
        }
        launch(id);
        awaitNode(id, START_WITHIN);
    }

    /**
     * Waits until every partition of {@code topics} has all its replicas in sync again (after a node came
     * back): from then on the cluster survives the loss of another node.
     */
    public void awaitInSync(Set<String> topics, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            List<String> behind = new ArrayList<>();
            try (Admin admin = admin()) {
                Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS);
                described.forEach((topic, d) -> {
                    for (TopicPartitionInfo p : d.partitions()) {
                        if (p.isr().size() < p.replicas().size()) {
                            behind.add(topic + "-" + p.partition());
                        }
                    }
                });
            } catch (ExecutionException | TimeoutException e) {
                behind.add("(cluster not answering: " + e + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (behind.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Replicas not in sync after " + within.toSeconds() + " s: " + behind);
            }
            pause();
        }
    }

    private void launch(int id) {
        NodePorts p = ports.get(id - 1);
        Path log = directory.resolve("node-" + id);
        Path config = directory.resolve("node-" + id + ".properties");
        try {
            Files.createDirectories(log);
            Properties properties = EmbeddedKafkaBroker.nodeProperties(log, id, p.port(), p.controllerPort(), voters, Math.min(3, ports.size()));
            try (OutputStream out = Files.newOutputStream(config)) {
                properties.store(out, "Node " + id + " of the local KRaft cluster");
            }
            if (!Files.exists(log.resolve("meta.properties"))) {
                EmbeddedKafkaBroker.format(config, clusterId);
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-Xms128m", "-Xmx384m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                    "-cp", System.getProperty("java.class.path"), "kafka.Kafka", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("node-" + id + ".log").toFile()));
            Process process = builder.start();
            synchronized (this) {
                processes[id - 1] = process;
            }
            LOG.info("Kafka node {} started (pid {}) on port {}", id, process.pid(), p.port());
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka node " + id + " did not start", e);
        }
    }

    private void awaitBrokers(int count, Duration within) {
        awaitCluster(within, nodes -> nodes.size() >= count, count + " brokers");
    }

    private void awaitNode(int id, Duration within) {
        awaitCluster(within, nodes -> nodes.stream().anyMatch(n -> n.id() == id), "node " + id);
    }

    private void awaitCluster(Duration within, java.util.function.Predicate<java.util.Collection<Node>> ready, String what) {
        long deadline = System.nanoTime() + within.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < processes.length; i++) {
                Process p = processes[i];
                if (p != null && !p.isAlive()) {
                    throw new IllegalStateException("Kafka node " + (i + 1) + " exited with code " + p.exitValue()
                            + ", see " + directory.resolve("node-" + (i + 1) + ".log"));
                }
            }
            try (Admin admin = admin()) {
                if (ready.test(admin.describeCluster().nodes().get(5, TimeUnit.SECONDS))) {
                    return;
                }
            } catch (ExecutionException | TimeoutException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        throw new IllegalStateException("Kafka cluster at " + bootstrapServers() + ": " + what + " not ready after "
                + within.toSeconds() + " s", last);
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
    }

    private static void stopProcess(int id, Process p) {
        if (p == null || !p.isAlive()) {
            return;
        }
        LOG.info("Stopping Kafka node {} (pid {})", id, p.pid());
        p.destroy();
        if (!waitFor(p, STOP_GRACE)) {
            LOG.warn("Kafka node {} did not stop within {} s: killing it", id, STOP_GRACE.toSeconds());
            p.destroyForcibly();
            waitFor(p, STOP_GRACE);
        }
    }

    private static boolean waitFor(Process p, Duration within) {
        try {
            return p.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops every node at once (controlled shutdown, then killed after 30 s); the logs are kept. */
    @Override
    public void close() {
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (int i = 0; i < processes.length; i++) {
            Process p;
            synchronized (this) {
                p = processes[i];
                processes[i] = null;
            }
            int id = i + 1;
            stops.add(CompletableFuture.runAsync(() -> stopProcess(id, p)));
        }
        CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join();
    }
}
