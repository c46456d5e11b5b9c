package vn.laocai.gate.stack;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The applications of the platform, in start order. Adding an application is one line here. */
public final class Apps {

    public static final String VEHICLE_QUEUE = "vehicle-queue-service";
    public static final String CLEARANCE = "clearance-service";
    public static final String CUSTOMS_ADAPTER = "customs-adapter";
    public static final String AGENCY_SIMULATOR = "agency-simulator";
    public static final String WEB_CONSOLE = "web-console";

    private static final List<AppSpec> ALL = List.of(
            new AppSpec(AGENCY_SIMULATOR, "agency-simulator", 8084, null, 0, w -> Map.of(
                    "SIMULATOR_CALLBACK_URL", w.baseUrl(CUSTOMS_ADAPTER) + "/api/agency-answers/customs",
                    "SIMULATOR_CALLBACK_TOKEN", w.longLivedToken("vnaccs", "agency-system"))),
            new AppSpec(WEB_CONSOLE, "web-console", 8080, null, 0, w -> Map.of(
                    "WEB_QUEUE_URL", w.baseUrl(VEHICLE_QUEUE),
                    "WEB_CLEARANCE_URL", w.baseUrl(CLEARANCE),
                    "WEB_CUSTOMS_URL", w.baseUrl(CUSTOMS_ADAPTER),
                    "WEB_IDENTITY_URL", w.identityUrl())),
            new AppSpec(VEHICLE_QUEUE, "vehicle-queue-service", 8081, "vehicle_queue", 1, w -> Map.of()),
            new AppSpec(CLEARANCE, "clearance-service", 8082, "clearance", 1, w -> Map.of(
                    "QUARKUS_REST_CLIENT_PAYMENT_URL", w.baseUrl(AGENCY_SIMULATOR))),
            new AppSpec(CUSTOMS_ADAPTER, "customs-adapter", 8083, "customs_adapter", 1, w -> Map.of(
                    "QUARKUS_REST_CLIENT_VNACCS_URL", w.baseUrl(AGENCY_SIMULATOR))));

    /** Dead-letter topics the services park unprocessable records on, created next to the event topics. */
    public static final List<String> DEAD_LETTER_TOPICS =
            List.of("queue.dead-letter", "clearance.dead-letter", "customs.dead-letter");

    private Apps() {
    }

    public static List<AppSpec> all() {
        return ALL;
    }

    public static List<String> names() {
        return ALL.stream().map(AppSpec::name).toList();
    }

    public static Optional<AppSpec> byName(String name) {
        return ALL.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    public static AppSpec require(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException(
                "Unknown application '" + name + "'; known: " + String.join(", ", names())));
    }
}
