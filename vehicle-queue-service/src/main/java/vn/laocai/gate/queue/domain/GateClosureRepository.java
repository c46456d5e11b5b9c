package vn.laocai.gate.queue.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where gate closures are kept. */
public interface GateClosureRepository {

    void add(GateClosure closure);

    Optional<GateClosure> find(UUID id);

    /** Closures in force (not lifted) that end after {@code after}. */
    List<GateClosure> activeAfter(Instant after);
}
