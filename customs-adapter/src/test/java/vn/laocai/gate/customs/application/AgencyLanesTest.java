package vn.laocai.gate.customs.application;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.customs.domain.AgencySystem;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgencyLanesTest {

    private final AgencyLanes lanes = new AgencyLanes(s -> s == AgencySystem.VNACCS ? 2 : 1, s -> 0);

    @AfterEach
    void close() {
        lanes.close();
    }

    @Test
    void aSystemNeverHasMoreCallsAtOnceThanItsLimit() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(lanes.run(AgencySystem.VNACCS, () -> {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                Thread.yield();
                inFlight.decrementAndGet();
                done.incrementAndGet();
            }));
        }
        AgencyLanes.awaitAll(calls);

        assertThat(done).hasValue(20);
        assertThat(most.get()).isBetween(1, 2);
    }

    @Test
    void aBusySystemDoesNotHoldUpAnother() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> stuck = lanes.run(AgencySystem.NSW, () -> await(release));
        CountDownLatch other = new CountDownLatch(1);
        lanes.run(AgencySystem.QUARANTINE, other::countDown);

        assertThat(other.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(stuck).isNotDone();
        release.countDown();
        stuck.join();
    }

    @Test
    void everyCallEndsBeforeTheFirstFailureIsThrown() {
        AtomicInteger done = new AtomicInteger();
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        calls.add(lanes.run(AgencySystem.BORDER_GUARD, () -> {
            throw new IllegalStateException("agency down");
        }));
        for (int i = 0; i < 5; i++) {
            calls.add(lanes.run(AgencySystem.BORDER_GUARD, done::incrementAndGet));
        }

        assertThatThrownBy(() -> AgencyLanes.awaitAll(calls)).isInstanceOf(CompletionException.class)
                .hasRootCauseMessage("agency down");
        assertThat(done).hasValue(5);
    }

    @Test
    void eachSystemIsWalkedSideBySide() {
        assertThat(lanes.forEachSystem(s -> 1)).isEqualTo(AgencySystem.values().length);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
