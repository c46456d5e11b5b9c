package vn.laocai.gate.simulator.security;

import jakarta.enterprise.context.ApplicationScoped;
import vn.laocai.gate.simulator.config.SimulatorConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/**
 * The two logins of the simulator, HTTP Basic: the client's ({@code simulator.client.id} /
 * {@code .secret}) for the simulated systems, the administrator's ({@code simulator.admin.*}) for the
 * administration. Each login is compared whole in constant time (SHA-256 of {@code id:secret}, then
 * {@link MessageDigest#isEqual}), so neither the length nor a matching prefix shows in the time taken.
 */
@ApplicationScoped
public class Credentials {

    /** What a request's {@code Authorization} header proves. */
    public enum Verdict {
        /** The login of the caller the resource expects. */
        ALLOWED,
        /** No login, a login of nobody, or an unreadable header: 401 with a challenge. */
        UNKNOWN,
        /** A valid login of the other caller: 403. */
        WRONG_CALLER
    }

    private final byte[] client;
    private final byte[] admin;

    public Credentials(SimulatorConfig config) {
        this.client = digest(required(config.client(), "simulator.client"));
        this.admin = digest(required(config.admin(), "simulator.admin"));
        if (MessageDigest.isEqual(client, admin)) {
            throw new IllegalStateException("simulator.client and simulator.admin must be different logins");
        }
    }

    /** The verdict on {@code authorization} (the header's value, or null) for a resource guarded for {@code expected}. */
    public Verdict check(String authorization, Caller expected) {
        Optional<byte[]> presented = basicLogin(authorization).map(Credentials::digest);
        if (presented.isEmpty()) {
            return Verdict.UNKNOWN;
        }
        boolean isClient = MessageDigest.isEqual(presented.get(), client);
        boolean isAdmin = MessageDigest.isEqual(presented.get(), admin);
        Caller caller = isClient ? Caller.CLIENT : isAdmin ? Caller.ADMIN : null;
        if (caller == null) {
            return Verdict.UNKNOWN;
        }
        return caller == expected ? Verdict.ALLOWED : Verdict.WRONG_CALLER;
    }

    /** {@code id:secret} of a {@code Basic} header, or empty when it is none or unreadable. */
    static Optional<String> basicLogin(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String login = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            return login.indexOf(':') > 0 ? Optional.of(login) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String required(SimulatorConfig.Login login, String key) {
        if (login.id().isBlank() || login.id().contains(":") || login.secret().isBlank()) {
            throw new IllegalStateException(key + ".id and " + key + ".secret are required (an id without ':')");
        }
        return login.id() + ":" + login.secret();
    }

    private static byte[] digest(String login) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(login.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
