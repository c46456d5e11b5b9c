package vn.laocai.gate.simulator.callback;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.simulator.support.TokenEndpoint;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulator's clients keep their short-lived token and renew it before it expires, for as long as they run. */
class ClientCredentialsTest {

    static HttpServer server;
    static URI tokenUrl;

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-06-15T01:30:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/token", TokenEndpoint::answer);
        server.start();
        tokenUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/token");
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    static ClientCredentials client(String id, String secret, Clock clock) {
        return new ClientCredentials(tokenUrl, id, secret, Duration.ofSeconds(60), Duration.ofSeconds(10),
                HttpClient.newHttpClient(), new ObjectMapper(), clock);
    }

    @Test
    void a_token_is_kept_until_shortly_before_it_expires_then_renewed() {
        MovingClock clock = new MovingClock();
        ClientCredentials vnaccs = client("vnaccs", "test-vnaccs-secret", clock);

        String first = vnaccs.token();
        assertThat(first).startsWith("token-of-vnaccs-");
        clock.now = clock.now.plusSeconds(TokenEndpoint.LIFETIME_SECONDS - 61);
        assertThat(vnaccs.token()).isEqualTo(first);

        clock.now = clock.now.plusSeconds(1);
        String second = vnaccs.token();
        assertThat(second).startsWith("token-of-vnaccs-").isNotEqualTo(first);

        // days later, still a fresh token each time the last is due
        for (int i = 0; i < 3 * 24 * 12; i++) {
            clock.now = clock.now.plusSeconds(TokenEndpoint.LIFETIME_SECONDS);
            assertThat(vnaccs.token()).isNotEqualTo(second);
            second = vnaccs.token();
        }
        assertThat(TokenEndpoint.issued()).contains(first, second);
    }

    @Test
    void a_token_forgotten_after_a_refusal_is_asked_for_anew() {
        ClientCredentials quarantine = client("quarantine-system", "test-quarantine-secret", new MovingClock());
        String first = quarantine.token();
        quarantine.forget();
        assertThat(quarantine.token()).startsWith("token-of-quarantine-system-").isNotEqualTo(first);
    }

    @Test
    void a_wrong_secret_gets_no_token() {
        ClientCredentials forged = client("vnaccs", "guessed", new MovingClock());
        assertThatThrownBy(forged::token).isInstanceOf(ClientCredentials.TokenUnavailableException.class)
                .hasMessageContaining("HTTP 401");
    }
}
