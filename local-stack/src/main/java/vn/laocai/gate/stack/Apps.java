package vn.laocai.gate.stack;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The applications of the platform, in start order. Adding an application is one line here. */
public final class Apps {

    public static final String VEHICLE_QUEUE = "vehicle-queue-service";
    public static final String CLEARANCE = "clearance-service";
    public static final String CUSTOMS_ADAPTER = "customs-adapter";
    public static final String AGENCY_SIMULATOR = "agency-simulator";
    public static final String WEB_CONSOLE = "web-console";
    public static final String NOTIFICATION = "notification-service";

    /**
     * The logins of the agency simulator, drawn once per launcher (SecureRandom), so every start of a
     * workspace has its own and an app restarted by the launcher gets the same: the customs adapter's
     * login to the simulated systems, and the administrator's to {@code /admin}. The launcher's own
     * environment wins when it sets them ({@code SIMULATOR_ADMIN_SECRET=... ./gate up}).
     */
    static final String SIMULATOR_CLIENT_SECRET = secret("SIMULATOR_CLIENT_SECRET");
    static final String SIMULATOR_ADMIN_SECRET = secret("SIMULATOR_ADMIN_SECRET");
    /**
     * The notification service's key to the simulated SMS gateway: a workspace secret ({@code <home>/secrets/sms-api-key}),
     * so that {@code ./gate sms} reads the gateway's log with it; the launcher's {@code SIMULATOR_SMS_API_KEY} wins.
     */
    static final String SMS_API_KEY_SECRET = "sms-api-key";

    /** The name of the booking QRs' signing key in {@code <home>/identity} ({@code DevIdentity.ecSigningKey}). */
    static final String QR_SIGNING_KEY = "qr-signing-key";

    private static final List<AppSpec> ALL = List.of(
            new AppSpec(AGENCY_SIMULATOR, "agency-simulator", 8084, null, 0, w -> Map.of(
                    "SIMULATOR_CALLBACK_URL", w.baseUrl(CUSTOMS_ADAPTER) + "/api/agency-answers/customs",
                    // each system's client gets short-lived tokens itself (client credentials), here or at Keycloak
                    "SIMULATOR_CALLBACK_TOKEN_URL", w.tokenEndpoint(),
                    "SIMULATOR_CALLBACK_CLIENT_SECRET", w.workspaceSecret(AgencyClients.secretName(AgencyClients.VNACCS)),
                    "SIMULATOR_QUARANTINE_CALLBACK_CLIENT_SECRET",
                    w.workspaceSecret(AgencyClients.secretName(AgencyClients.QUARANTINE)),
                    "SIMULATOR_CLIENT_SECRET", SIMULATOR_CLIENT_SECRET,
                    "SIMULATOR_ADMIN_SECRET", SIMULATOR_ADMIN_SECRET,
                    "SIMULATOR_SMS_API_KEY", smsApiKey(w),
                    // its system of record, a journal of every lodgement and answer (agency-simulator/README.md, Store)
                    "SIMULATOR_STORE_FILE", w.dataDirectory(AGENCY_SIMULATOR).resolve("lodgements.jsonl").toString(),
                    // the issuers' CA of the documents it signs (e-invoices, e-C/O and e-Phyto PDFs), which clearance trusts
                    "SIMULATOR_ISSUERS_CA_DIRECTORY", w.dataDirectory("identity").resolve(Apps.DOCUMENT_ISSUERS_CA).toString())),
            new AppSpec(WEB_CONSOLE, "web-console", 8080, null, 0, Apps::consoleEnvironment),
            // the QR codes' signing key (ES256), generated once into <home>/identity (Platform), so codes stay valid across restarts
            // and instances; the HMAC secret of the QRs issued before them, accepted until they expire
            new AppSpec(VEHICLE_QUEUE, "vehicle-queue-service", 8081, "vehicle_queue", 1, w -> Map.of(
                    "GATE_QUEUE_QR_SIGNING_KEY", w.dataDirectory("identity").resolve(QR_SIGNING_KEY + ".pem").toString(),
                    "GATE_QUEUE_QR_SECRET", w.workspaceSecret("queue-qr-secret"))),
            // the development CA of the officers' signing certificates: one per workspace, so signed decisions verify after restarts
            // and the trust list of signed uploads and e-invoices: the simulated issuers' CA
            new AppSpec(CLEARANCE, "clearance-service", 8082, "clearance", 1, w -> Map.of(
                    "QUARKUS_REST_CLIENT_PAYMENT_URL", w.baseUrl(AGENCY_SIMULATOR),
                    "GATE_CLEARANCE_SIGNING_CA_DIRECTORY", w.dataDirectory("identity").resolve("decision-ca").toString(),
                    "GATE_CLEARANCE_DOCUMENTS_TRUST_LIST", w.dataDirectory("identity").resolve(Apps.DOCUMENT_ISSUERS_CA)
                            .resolve("ca-certificate.pem").toString())),
            new AppSpec(CUSTOMS_ADAPTER, "customs-adapter", 8083, "customs_adapter", 1, w -> Map.of(
                    "QUARKUS_REST_CLIENT_VNACCS_URL", w.baseUrl(AGENCY_SIMULATOR),
                    "GATE_CUSTOMS_VNACCS_PASSWORD", SIMULATOR_CLIENT_SECRET)),
            // SMS through the simulator's gateway, e-mail to the platform's SMTP server (MailServer)
            new AppSpec(NOTIFICATION, "notification-service", 8085, "notification", 1, w -> Map.of(
                    "QUARKUS_REST_CLIENT_SMS_GATEWAY_URL", w.baseUrl(AGENCY_SIMULATOR),
                    "GATE_NOTIFICATION_SMS_API_KEY", smsApiKey(w),
                    "QUARKUS_MAILER_HOST", "127.0.0.1",
                    "QUARKUS_MAILER_PORT", String.valueOf(w.smtpPort()),
                    "QUARKUS_MAILER_MOCK", "false")));

    /** The folder in {@code <home>/identity} of the agency simulator's issuers' CA, which clearance-service trusts. */
    static final String DOCUMENT_ISSUERS_CA = "document-issuers-ca";

    /** The applications with a management interface of their own (service-support's): metrics at {@code /q/metrics}. */
    private static final Set<String> MANAGED = Set.of(VEHICLE_QUEUE, CLEARANCE, CUSTOMS_ADAPTER, NOTIFICATION);

    /** Dead-letter topics the services park unprocessable records on, created next to the event topics. */
    public static final List<String> DEAD_LETTER_TOPICS =
            List.of("queue.dead-letter", "clearance.dead-letter", "customs.dead-letter", "notification.dead-letter");

    private Apps() {
    }

    /** The console's secret at Keycloak (client web-console), a workspace secret the realm import is given too. */
    static final String CONSOLE_CLIENT_SECRET = "web-console-client-secret";

    /**
     * The services behind the console and its OpenID provider: Keycloak's realm when the platform runs it,
     * else sign-in is off (every call through the console answers 401).
     */
    private static Map<String, String> consoleEnvironment(AppWiring w) {
        Map<String, String> env = new java.util.LinkedHashMap<>(Map.of(
                "WEB_QUEUE_URL", w.baseUrl(VEHICLE_QUEUE),
                "WEB_CLEARANCE_URL", w.baseUrl(CLEARANCE),
                "WEB_CUSTOMS_URL", w.baseUrl(CUSTOMS_ADAPTER),
                "WEB_NOTIFICATION_URL", w.baseUrl(NOTIFICATION)));
        w.openIdProvider().ifPresentOrElse(realm -> {
            env.put("QUARKUS_OIDC_AUTH_SERVER_URL", realm);
            env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", w.workspaceSecret(CONSOLE_CLIENT_SECRET));
        }, () -> env.put("QUARKUS_OIDC_TENANT_ENABLED", "false"));
        return env;
    }

    private static String smsApiKey(AppWiring w) {
        String given = System.getenv("SIMULATOR_SMS_API_KEY");
        return given != null && !given.isBlank() ? given : w.workspaceSecret(SMS_API_KEY_SECRET);
    }

    /** The key to the simulated SMS gateway of the platform of {@code config}, for tests that read what it received. */
    public static String smsApiKey(PlatformConfig config) {
        String given = System.getenv("SIMULATOR_SMS_API_KEY");
        return given != null && !given.isBlank() ? given : WorkspaceSecrets.in(config.home()).get(SMS_API_KEY_SECRET);
    }

    /** The launcher's {@code name} when set, else 24 random bytes in hex. */
    private static String secret(String name) {
        String given = System.getenv(name);
        if (given != null && !given.isBlank()) {
            return given;
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /**
     * The administrator's secret of the simulator of every platform this JVM starts (login
     * {@code simulator-admin}), for tests that switch faults through {@code /admin}.
     */
    public static String simulatorAdminSecret() {
        return SIMULATOR_ADMIN_SECRET;
    }

    /**
     * The client's secret of the same simulator (login {@code customs-adapter}, what the customs adapter
     * sends), for tests that poll the simulated systems themselves.
     */
    public static String simulatorClientSecret() {
        return SIMULATOR_CLIENT_SECRET;
    }

    /** Whether the application serves its metrics on a management port apart from its HTTP port. */
    public static boolean hasManagementInterface(String app) {
        return MANAGED.contains(app);
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
