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

    /** A token valid for a year, for system-to-system calls (one is minted at each start). */
    String longLivedToken(String username, String... roles);

    /**
     * A secret of this workspace that outlives restarts, such as the key of a service's audit chain:
     * drawn once (SecureRandom) into {@code <home>/secrets/<name>}, readable by its owner only, and read
     * back at every start.
     */
    String workspaceSecret(String name);

    /** The folder an application keeps its own files in, {@code <home>/<app>}: kept by restarts, deleted by a reset. */
    java.nio.file.Path dataDirectory(String app);
}
