package vn.laocai.gate.stack;

/** What an application's extra environment may refer to: the other applications and the token issuer. */
public interface AppWiring {

    /** {@code http://127.0.0.1:<port>} of an application, started or not. */
    String baseUrl(String app);

    /** The OpenID provider's realm URL (Keycloak) when the platform runs one: the console signs people in there. */
    default java.util.Optional<String> openIdProvider() {
        return java.util.Optional.empty();
    }

    /** The port of the platform's SMTP server on {@code 127.0.0.1}. */
    default int smtpPort() {
        return PlatformConfig.DEFAULT_SMTP_PORT;
    }


    /** The local token endpoint ({@link TokenServer}), {@code http://127.0.0.1:<port>/token}. */
    String localTokenEndpoint();

    /**
     * The OAuth 2.0 token endpoint the agency systems' clients get their short-lived tokens from by the
     * client-credentials grant: Keycloak's realm's when the platform runs it, else the local one.
     */
    default String tokenEndpoint() {
        return openIdProvider().map(realm -> realm + "/protocol/openid-connect/token").orElseGet(this::localTokenEndpoint);
    }

    /**
     * A secret of this workspace that outlives restarts, such as the key of a service's audit chain:
     * drawn once (SecureRandom) into {@code <home>/secrets/<name>}, readable by its owner only, and read
     * back at every start.
     */
    String workspaceSecret(String name);

    /** The folder an application keeps its own files in, {@code <home>/<app>}: kept by restarts, deleted by a reset. */
    java.nio.file.Path dataDirectory(String app);
}
