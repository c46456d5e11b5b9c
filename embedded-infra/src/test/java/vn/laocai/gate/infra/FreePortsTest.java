package vn.laocai.gate.infra;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FreePortsTest {

    @Test
    void ports_are_distinct_below_the_ephemeral_range_and_can_be_listened_on() throws IOException {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            ports.add(FreePorts.next());
        }
        assertThat(ports).hasSize(50).allSatisfy(p -> assertThat(p).isBetween(FreePorts.LOWEST, FreePorts.HIGHEST - 1));
        int port = ports.iterator().next();
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            assertThat(server.getLocalPort()).isEqualTo(port);
        }
    }
}
