package vn.laocai.gate.stack;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestartableTest {

    /** A server that records its starts and stops. */
    static final class Server implements AutoCloseable {
        final List<String> log;
        final int n;

        Server(List<String> log, int n) {
            this.log = log;
            this.n = n;
            log.add("start " + n);
        }

        @Override
        public void close() {
            log.add("stop " + n);
        }
    }

    @Test
    void stops_and_starts_again_once_each_however_often_asked() {
        List<String> log = new ArrayList<>();
        AtomicInteger starts = new AtomicInteger();
        Restartable server = new Restartable("test", () -> new Server(log, starts.incrementAndGet()));

        server.startFirst();
        server.stop();
        server.stop();
        assertThat(server.running()).isFalse();
        server.start(Duration.ZERO);
        server.start(Duration.ZERO);
        server.close();

        assertThat(log).containsExactly("start 1", "stop 1", "start 2", "stop 2");
        assertThat(server.running()).isFalse();
    }

    @Test
    void a_start_that_fails_is_tried_again_until_its_time_is_up() {
        AtomicInteger attempts = new AtomicInteger();
        Restartable flaky = new Restartable("flaky", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("shared memory still in use");
            }
            return () -> { };
        });

        flaky.start(Duration.ofSeconds(30));

        assertThat(attempts).hasValue(3);
        assertThat(flaky.running()).isTrue();

        Restartable broken = new Restartable("broken", () -> {
            throw new IllegalStateException("no data directory");
        });
        assertThatThrownBy(() -> broken.start(Duration.ZERO)).hasMessage("no data directory");
        assertThat(broken.running()).isFalse();
    }

    @Test
    void a_failing_stop_still_counts_as_stopped() {
        Restartable server = new Restartable("crashed", () -> () -> {
            throw new IllegalStateException("pg_ctl: no server running");
        });
        server.startFirst();

        server.stop();

        assertThat(server.running()).isFalse();
    }
}
