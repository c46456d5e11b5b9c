package vn.laocai.gate.stack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The memory each application is given as the local stack starts it (local-stack README, "Footprint"), sized
 * to the budget of a service (at most 200 MiB resident idle, 256 MiB after load): heap, metaspace, code
 * cache, direct memory, thread stacks, the request thread pool, and glibc's malloc arenas. Both benchmarks
 * print each process's resident memory idle and after their run, which is how the sizes are checked. The platform's JVM options ({@link PlatformConfig#jvmOptions()}) come after these,
 * so {@code GATE_JVM_OPTS} still overrides any of them. With sizing off ({@code GATE_APP_SIZING=off}) every
 * application gets the earlier setting, a 256 MiB heap and nothing else, for a comparison.
 */
public final class Footprint {

    /** What every application got before the sizing below was measured. */
    static final List<String> UNSIZED = List.of("-Xmx256m");

    /** The four services: Hibernate, Kafka clients, RESTEasy, the scheduler. */
    private static final List<String> SERVICE = List.of(
            "-Xms48m", "-Xmx144m", "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=64m",
            "-XX:MaxDirectMemorySize=64m", "-Xss512k", "-XX:CICompilerCount=2",
            "-Dquarkus.thread-pool.max-threads=32");

    /** The web console and the agency simulator: no database, less traffic. */
    private static final List<String> LIGHT = List.of(
            "-Xms32m", "-Xmx96m", "-XX:MaxMetaspaceSize=128m", "-XX:ReservedCodeCacheSize=48m",
            "-XX:MaxDirectMemorySize=32m", "-Xss512k", "-XX:CICompilerCount=2",
            "-Dquarkus.thread-pool.max-threads=16");

    private static final Map<String, List<String>> BY_APP = Map.of(
            Apps.VEHICLE_QUEUE, SERVICE,
            Apps.CLEARANCE, SERVICE,
            Apps.CUSTOMS_ADAPTER, SERVICE,
            Apps.NOTIFICATION, SERVICE,
            Apps.WEB_CONSOLE, LIGHT,
            Apps.AGENCY_SIMULATOR, LIGHT);

    private Footprint() {
    }

    /** The JVM options {@code app} is started with: its sizing, then the platform's options. */
    static List<String> jvmOptions(String app, PlatformConfig config) {
        List<String> options = new ArrayList<>(config.appSizing() ? BY_APP.getOrDefault(app, SERVICE) : UNSIZED);
        options.addAll(config.jvmOptions());
        return options;
    }

    /**
     * {@code env} with glibc's malloc arenas capped at two: each thread that allocates natively otherwise
     * gets up to one 64 MiB arena of its own (8 per core), most of it held after a burst of load.
     */
    static Map<String, String> environment(PlatformConfig config, Map<String, String> env) {
        if (!config.appSizing() || env.containsKey("MALLOC_ARENA_MAX")) {
            return env;
        }
        Map<String, String> sized = new LinkedHashMap<>(env);
        sized.put("MALLOC_ARENA_MAX", "2");
        return sized;
    }
}
