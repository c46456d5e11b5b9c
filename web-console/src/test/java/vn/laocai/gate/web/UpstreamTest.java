package vn.laocai.gate.web;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpstreamTest {

    @Test
    void the_prefix_becomes_the_base_path() {
        Upstream queue = new Upstream("/svc/queue", URI.create("http://127.0.0.1:8081"));
        assertThat(queue.target("/svc/queue/api/bookings/KT2-7XK4P9?x=1")).isEqualTo("/api/bookings/KT2-7XK4P9?x=1");
        assertThat(queue.target("/svc/queue")).isEqualTo("/");
        assertThat(queue.target("/svc/queue?x=1")).isEqualTo("/?x=1");
        assertThat(queue.port()).isEqualTo(8081);
        Upstream id = new Upstream("/svc/id", URI.create("https://sso.example/realms/gate/protocol/openid-connect/"));
        assertThat(id.target("/svc/id/token")).isEqualTo("/realms/gate/protocol/openid-connect/token");
        assertThat(id.port()).isEqualTo(443);
        assertThat(id.tls()).isTrue();
    }

    @Test
    void only_its_own_paths_match() {
        Upstream queue = new Upstream("/svc/queue", URI.create("http://127.0.0.1:8081"));
        assertThat(queue.matches("/svc/queue/api")).isTrue();
        assertThat(queue.matches("/svc/queues/api")).isFalse();
        assertThatThrownBy(() -> queue.target("/svc/clearance/api")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Upstream("svc/", URI.create("http://x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Upstream("/svc/x", URI.create("ftp://x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
