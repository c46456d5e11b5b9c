package vn.laocai.gate.queue.simulation;

import vn.laocai.gate.queue.domain.GateClosure;
import vn.laocai.gate.queue.domain.GateClosureRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The queue's gate-closure repository port, in memory for one run. */
final class MemoryClosures implements GateClosureRepository {

    private final List<GateClosure> closures = new ArrayList<>();

    @Override
    public void add(GateClosure closure) {
        closures.add(closure);
    }

    @Override
    public Optional<GateClosure> find(UUID id) {
        return closures.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public List<GateClosure> activeAfter(Instant after) {
        return closures.stream().filter(c -> c.closedUntil().isAfter(after)).toList();
    }
}
