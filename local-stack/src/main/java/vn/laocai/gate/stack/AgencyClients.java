package vn.laocai.gate.stack;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The OAuth clients of the agency systems that call the platform back (the simulator plays them): each
 * gets short-lived tokens by the client-credentials grant, with the role {@code agency-system} and the
 * audience {@code customs-adapter}, from the local token endpoint or from Keycloak, with a secret of the
 * workspace ({@code <home>/secrets/agency-client-<id>}) that both are given.
 */
final class AgencyClients {

    /** The customs system's client: answers on customs-adapter's {@code /api/agency-answers/customs}. */
    static final String VNACCS = "vnaccs";
    /** The quarantine system's client: decisions on {@code /api/agency-answers/quarantine}. */
    static final String QUARANTINE = "quarantine-system";
    static final List<String> IDS = List.of(VNACCS, QUARANTINE);
    static final List<String> ROLES = List.of("agency-system");
    static final Set<String> AUDIENCE = Set.of(Apps.CUSTOMS_ADAPTER);

    private final Map<String, String> secrets;

    private AgencyClients(Map<String, String> secrets) {
        this.secrets = Map.copyOf(secrets);
    }

    /** Each client with its secret as {@code secretOf} names it. */
    static AgencyClients of(Function<String, String> secretOf) {
        return new AgencyClients(IDS.stream().collect(Collectors.toMap(id -> id, id -> secretOf.apply(secretName(id)))));
    }

    static AgencyClients none() {
        return new AgencyClients(Map.of());
    }

    /** The name of a client's workspace secret. */
    static String secretName(String clientId) {
        return "agency-client-" + clientId;
    }

    /** The environment variable Keycloak reads a client's secret from (the realm file's placeholder). */
    static String keycloakVariable(String clientId) {
        return clientId.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_CLIENT_SECRET";
    }

    Map<String, String> secrets() {
        return secrets;
    }

    /** The client when {@code secret} is its own (compared in constant time). */
    Optional<String> authenticate(String clientId, String secret) {
        String known = clientId == null ? null : secrets.get(clientId);
        if (known == null || secret == null) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(known.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8))
                ? Optional.of(clientId) : Optional.empty();
    }
}
