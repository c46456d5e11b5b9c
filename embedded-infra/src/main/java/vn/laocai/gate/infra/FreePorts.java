package vn.laocai.gate.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free loopback ports for tests that must not collide with a running local stack.
 *
 * <p>Ports are drawn at random below Linux's ephemeral range (32768-60999 by default), not from it:
 * a port the kernel hands out for {@code bind(0)} is free only for the moment, and an outgoing
 * connection (there are many while a platform starts or stops) may take it before the server that
 * was meant to listen on it binds. Each port is handed out once per JVM.
 */
public final class FreePorts {

    static final int LOWEST = 20_000;
    static final int HIGHEST = 32_000;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    public static int next() {
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, HIGHEST);
            if (!HANDED_OUT.contains(port) && bindable(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free loopback port between " + LOWEST + " and " + HIGHEST);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
