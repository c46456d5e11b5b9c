package vn.laocai.gate.queue.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where the strikes and blocks of accounts and vehicles are kept. */
public interface PenaltyRepository {

    /** Adds a strike; false when the booking counted against that subject for that kind already. */
    boolean addStrike(Strike strike);

    /** The strikes of a subject since {@code since}, oldest first. */
    List<Strike> strikesSince(String subject, Instant since);

    /** The blocks of any of the subjects made since {@code since} or still in force then, latest first. */
    List<BookingBlock> blocksSince(Collection<String> subjects, Instant since);

    void addBlock(BookingBlock block);

    Optional<BookingBlock> findBlock(long id);

    /** The blocks in force at {@code now}, latest first (at most {@code limit}). */
    List<BookingBlock> active(Instant now, int limit);

    /** Serialises the counting of one subject's strikes across transactions and instances, until commit. */
    void lock(String subject);
}
